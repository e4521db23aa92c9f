package org.tutela.concern.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.CaseWork;
import org.tutela.concern.ClosureByKind;
import org.tutela.concern.Concern;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernId;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.Involved;
import org.tutela.concern.ProcedureRecords;
import org.tutela.concern.Sanction;
import org.tutela.concern.SextingAssessment;
import org.tutela.concern.SupportPlan;
import org.tutela.procedure.ConcernKind;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/**
 * The records a procedure needs before a case closes: the sexting decision-factor assessment (PROC-SX-03), agency
 * checks (PROC-SX-10, INC-17), support plans (INC-18) and sanctions (PROC-SX-13, PROC-FB-06).
 */
@Controller
class ProcedureRecordsController {

    private final CaseWork work;
    private final ConcernDesk desk;

    ProcedureRecordsController(CaseWork work, ConcernDesk desk) {
        this.work = work;
        this.desk = desk;
    }

    /** Someone on the case, as the forms list them: their place in the list of people, and who they are. */
    record PersonOnCase(int position, String name, String involvement) {
    }

    /** A learner's support-plan section: the plan so far, if any. */
    record SupportPlanSection(PersonOnCase learner, SupportPlan plan) {
    }

    /** What the case page shows of the procedure records, and which sections the case's kind asks for. */
    static void describe(Concern c, CaseWork work, Map<PersonId, String> names, Model model) {
        var records = c.procedureRecords();
        var people = new ArrayList<PersonOnCase>();
        var involved = c.involved();
        for (var i = 0; i < involved.size(); i++) {
            people.add(new PersonOnCase(i, nameOf(involved.get(i), names), involved.get(i).involvement().label()));
        }
        model.addAttribute("peopleOnCase", people);
        model.addAttribute("needsAssessment", c.kinds().contains(ConcernKind.SEXTING));
        model.addAttribute("assessment", records.assessment());
        model.addAttribute("sextingFactors", SextingAssessment.Factor.values());
        model.addAttribute("agencyChecks", records.agencyChecks());
        model.addAttribute("agencyChecksDone", records.agencyChecksMarkedDone());
        model.addAttribute("supportPlanSections", ProcedureRecords.supportPlansNeeded(involved).stream()
                .map(i -> new SupportPlanSection(people.get(i), records.supportPlans().get(i))).toList());
        model.addAttribute("sanctions", records.sanctions());
        model.addAttribute("sanctionPolicies", Sanction.Policy.values());
        model.addAttribute("needsSanctions", c.learnerInvolved() || c.kinds().contains(ConcernKind.FILTERING_BREACH));
        model.addAttribute("closureNeeds", c.closureNeeds());
        model.addAttribute("ceopChoices", ClosureByKind.CeopSelfReport.values());
        model.addAttribute("breachChoices", ClosureByKind.Breach.values());
        model.addAttribute("staffOutcomes", ClosureByKind.StaffOutcome.values());
        model.addAttribute("parentConductPolicies", work.parentConductPolicies());
    }

    private static String nameOf(Involved person, Map<PersonId, String> names) {
        return person.person() == null ? person.description() : names.getOrDefault(person.person(), "Unknown");
    }

    @PostMapping("/schools/{school}/concerns/{concern}/sexting-assessment")
    String assess(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam Map<String, String> form, Viewer viewer, RedirectAttributes redirect) {
        var complete = !"save".equals(form.get("step"));
        return act(viewer, school, concern, redirect, complete ? "Risk assessment completed" : "Risk assessment saved",
                () -> {
                    var answers = new EnumMap<SextingAssessment.Factor, String>(SextingAssessment.Factor.class);
                    for (var factor : SextingAssessment.Factor.values()) {
                        answers.put(factor, form.get("factor-" + factor.name()));
                    }
                    work.assessSextingRisk(viewer, new SchoolId(school), new ConcernId(concern), answers, complete);
                });
    }

    @PostMapping("/schools/{school}/concerns/{concern}/agency-checks")
    String agencyCheck(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String checkedOn,
            @RequestParam(defaultValue = "") String result, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Agency check recorded", () -> work.agencyCheck(viewer,
                new SchoolId(school), new ConcernId(concern), agency, FormValues.date(checkedOn), result));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/agency-checks/done")
    String agencyChecksDone(@PathVariable UUID school, @PathVariable UUID concern, Viewer viewer,
            RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Agency checks marked done",
                () -> work.agencyChecksDone(viewer, new SchoolId(school), new ConcernId(concern)));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/support-plans")
    String supportPlan(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String plan,
            @RequestParam(defaultValue = "") String reviewOn, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Support plan recorded", () -> work.planSupport(viewer,
                new SchoolId(school), new ConcernId(concern), position(person, "Choose the learner the plan is for"),
                plan, FormValues.date(reviewOn)));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/sanctions")
    String sanction(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String policy,
            @RequestParam(defaultValue = "") String sanction, @RequestParam(defaultValue = "") String dslConfirms,
            @RequestParam(defaultValue = "") String rationale, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Sanction recorded", () -> work.sanction(viewer,
                new SchoolId(school), new ConcernId(concern), position(person, "Choose who the sanction is for"),
                FormValues.choice(Sanction.Policy.class, policy), sanction, "yes".equals(dslConfirms), rationale));
    }

    private String act(Viewer viewer, UUID school, UUID concern, RedirectAttributes redirect, String done,
            Runnable change) {
        desk.requireWorker(viewer, new SchoolId(school), new ConcernId(concern));
        try {
            change.run();
            redirect.addFlashAttribute("success", done);
        } catch (ConcernRefused | org.tutela.school.ChangedMeanwhile refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/concerns/" + concern;
    }

    private static int position(String text, String problem) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ConcernRefused(problem);
        }
    }
}
