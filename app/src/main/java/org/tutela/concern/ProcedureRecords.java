package org.tutela.concern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.tutela.procedure.Party;
import org.tutela.school.PersonId;

/**
 * What a procedure asks the school to record on a case besides its actions: the sexting risk assessment, checks with
 * other agencies, a support plan for each learner harmed or harming, and sanctions. Each refuses what is incomplete.
 */
public final class ProcedureRecords {

    private SextingAssessment assessment;
    private final List<AgencyCheck> agencyChecks = new ArrayList<>();
    private boolean agencyChecksDone;
    private final Map<Integer, SupportPlan> supportPlans = new TreeMap<>();
    private final List<Sanction> sanctions = new ArrayList<>();

    void assess(SextingAssessment next) {
        if (assessment != null && assessment.complete()) {
            throw new ConcernRefused("The risk assessment was completed on " + assessment.completedOn()
                    + "; record anything new in the chronology or a new concern");
        }
        assessment = next;
    }

    void add(AgencyCheck check) {
        agencyChecks.add(check);
    }

    /** PROC-SX-10: "agency checks done" needs at least one check recorded. */
    void agencyChecksDone() {
        if (agencyChecks.isEmpty()) {
            throw new ConcernRefused("Record at least one agency check (agency, date and result) before marking the"
                    + " agency checks done");
        }
        agencyChecksDone = true;
    }

    /** INC-18: a plan for a learner involved as a victim or an alleged perpetrator; a new plan replaces the old. */
    SupportPlan plan(List<Involved> involved, int person, String plan, LocalDate reviewOn, PersonId by,
            java.time.Instant at) {
        if (!needsSupportPlan(involved, person)) {
            throw new ConcernRefused("Choose a learner involved as a victim or an alleged perpetrator");
        }
        if (reviewOn != null && reviewOn.isBefore(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC))) {
            throw new ConcernRefused("The review date of a support plan cannot be in the past");
        }
        var supportPlan = new SupportPlan(person, involved.get(person).involvement(), plan, reviewOn, by, at);
        supportPlans.put(person, supportPlan);
        return supportPlan;
    }

    /** PROC-SX-13: a sanction against a learner who is a victim needs the DSL's confirmation and rationale. */
    void sanction(List<Involved> involved, Sanction sanction, boolean dslConfirms, boolean byDsl) {
        if (sanction.person() < 0 || sanction.person() >= involved.size()) {
            throw new ConcernRefused("Choose who the sanction is for");
        }
        var who = involved.get(sanction.person());
        if (who.kind() == Party.Kind.LEARNER && who.involvement() == Party.Involvement.VICTIM) {
            if (!byDsl) {
                throw new ConcernRefused("This learner is a victim: only the DSL can confirm a sanction for them");
            }
            if (!dslConfirms || sanction.dslRationale() == null || sanction.dslRationale().length() < 20) {
                throw new ConcernRefused("This learner is a victim: confirm that the sanction will not traumatise them"
                        + " further, with your rationale in 20 characters or more");
            }
        }
        sanctions.add(sanction);
    }

    /** The places in the list of people of the learners who need a support plan, victims and alleged perpetrators. */
    public static List<Integer> supportPlansNeeded(List<Involved> involved) {
        return IntStream.range(0, involved.size()).filter(i -> needsSupportPlan(involved, i)).boxed().toList();
    }

    private static boolean needsSupportPlan(List<Involved> involved, int person) {
        if (person < 0 || person >= involved.size()) {
            return false;
        }
        var who = involved.get(person);
        return who.kind() == Party.Kind.LEARNER && (who.involvement() == Party.Involvement.VICTIM
                || who.involvement() == Party.Involvement.ALLEGED_PERPETRATOR);
    }

    void restore(SextingAssessment a, List<AgencyCheck> checks, boolean checksDone, List<SupportPlan> plans,
            List<Sanction> given) {
        assessment = a;
        agencyChecks.addAll(checks);
        agencyChecksDone = checksDone;
        plans.forEach(p -> supportPlans.put(p.person(), p));
        sanctions.addAll(given);
    }

    public SextingAssessment assessment() { return assessment; }
    public List<AgencyCheck> agencyChecks() { return List.copyOf(agencyChecks); }
    public boolean agencyChecksMarkedDone() { return agencyChecksDone; }
    public Map<Integer, SupportPlan> supportPlans() { return Map.copyOf(supportPlans); }
    public List<Sanction> sanctions() { return List.copyOf(sanctions); }
}
