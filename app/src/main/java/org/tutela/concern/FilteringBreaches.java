package org.tutela.concern;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.filtering.FilteringCheckFailed;
import org.tutela.filtering.BlockPageWorrySent;
import org.tutela.filtering.FilteringBypassAttempted;
import org.tutela.filtering.IllegalContentAttempted;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;

/**
 * Opens a filtering-breach concern for the DSL when a device tried to reach illegal content (E-36, PROC-FB-05,
 * FILT): the data flows one way, from the filter's decisions into concerns. The address stays withheld.
 */
@Component
class FilteringBreaches {

    private final ConcernDesk desk;

    FilteringBreaches(ConcernDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(IllegalContentAttempted attempt) {
        var who = "Device " + (attempt.clientAddress() == null ? "not known" : attempt.clientAddress())
                + (attempt.userName() == null ? "" : ", signed in as " + attempt.userName())
                + (attempt.group() == null ? "" : ", filtering group " + attempt.group());
        var description = "The filter blocked " + attempt.attempts()
                + (attempt.attempts() == 1 ? " attempt" : " attempts")
                + " to reach an address on an illegal-content list (the address is withheld; the technical staff"
                + " can see the time and device in the filtering log). " + who + ". Find out who was using the"
                + " device and whether a child is at risk; the lists include child sexual abuse material and"
                + " terrorist content.";
        var intake = new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.FILTERING_BREACH),
                List.of(new Involved(null, Party.Kind.UNKNOWN, Party.Involvement.SUBJECT, who, null)),
                LocalDate.ofInstant(attempt.firstAt(), ZoneId.of("Europe/London")), Intake.Location.ON_SITE,
                Intake.Device.SCHOOL, "School network", description, "Blocked by the filter", false, null, false,
                Intake.Source.FILTERING_LOG);
        var concern = desk.report(new ConcernDesk.Reporter(null, "Tutela filtering", Intake.ReporterKind.SYSTEM),
                attempt.school(), intake);
        desk.systemFacts(concern.id(), attempt.school(), EnumSet.of(org.tutela.procedure.Fact.BELIEVED_ILLEGAL_MATERIAL,
                org.tutela.procedure.Fact.SAFEGUARDING));
    }

    /**
     * An attempt to bypass filtering (PROC-CMA-03): a computer-misuse concern (R3) against the device or user, one
     * per device or user and day. The technical staff and the online safety lead follow it up; the police and the
     * trust's technology team only once the DSL records a Computer Misuse Act breach (E-33).
     */
    @ApplicationModuleListener
    void on(FilteringBypassAttempted attempt) {
        var who = "Device " + (attempt.clientAddress() == null ? "not known" : attempt.clientAddress())
                + (attempt.userName() == null ? "" : ", signed in as " + attempt.userName())
                + (attempt.group() == null ? "" : ", filtering group " + attempt.group());
        var description = "The filter blocked an attempt to bypass filtering (" + attempt.categories()
                + ": a VPN, proxy or anonymiser, or a DNS-over-HTTPS resolver). " + who + ". Later attempts from the"
                + " same device or user today are counted, not reported again. Find out who was using the device and"
                + " why; misuse is dealt with under the acceptable use policy.";
        var intake = new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.COMPUTER_MISUSE),
                List.of(new Involved(null, Party.Kind.UNKNOWN, Party.Involvement.SUBJECT, who, null)),
                LocalDate.ofInstant(attempt.firstAt(), ZoneId.of("Europe/London")), Intake.Location.ON_SITE,
                Intake.Device.SCHOOL, "School network", description, "Blocked by the filter", false, null, false,
                Intake.Source.FILTERING_LOG);
        var concern = desk.report(new ConcernDesk.Reporter(null, "Tutela filtering", Intake.ReporterKind.SYSTEM),
                attempt.school(), intake);
        desk.systemFacts(concern.id(), attempt.school(), EnumSet.of(org.tutela.procedure.Fact.FILTER_BYPASS_ATTEMPT));
    }

    /** A scheduled effectiveness check reached a site the policy blocks (FILT-13): a breach with no CP element. */
    @ApplicationModuleListener
    void on(FilteringCheckFailed failed) {
        var description = "The scheduled filtering check reached " + failed.testName() + ", a test site in the category "
                + failed.category() + ", for filtering group " + failed.group() + " through the " + failed.enforcementPoint()
                + ", although the policy blocks that category. Find out why (an allow list, a temporary allow, an"
                + " enforcement point out of date) and record the fix as a filtering change.";
        var intake = new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.FILTERING_BREACH),
                List.of(new Involved(null, Party.Kind.UNKNOWN, Party.Involvement.SUBJECT, "Filtering group "
                        + failed.group(), null)),
                LocalDate.now(ZoneId.of("Europe/London")), Intake.Location.ON_SITE, Intake.Device.SCHOOL,
                "School network", description, "None yet", false, null, false, Intake.Source.FILTERING_LOG);
        desk.report(new ConcernDesk.Reporter(null, "Tutela filtering checks", Intake.ReporterKind.SYSTEM),
                failed.school(), intake);
    }

    /**
     * A worry sent from the block page becomes a concern in the DSL's queue (E-37: unsuitable content seen, told to
     * staff at once). It starts as a filtering breach the online safety lead may also see; once the DSL marks it as
     * safeguarding, the rules make it a child-protection case and the need-to-know rules narrow who sees it.
     */
    @ApplicationModuleListener
    void on(BlockPageWorrySent worry) {
        var who = worry.name() == null ? "Someone on the school network (no name given)"
                : worry.name() + " (name given on the block page)";
        var description = "Sent from the block page for " + worry.url() + " (" + worry.category()
                + (worry.group() == null ? "" : ", filtering group " + worry.group()) + "): "
                + (worry.message() == null ? "no message written." : "\"" + worry.message() + "\"");
        var intake = new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.FILTERING_BREACH),
                List.of(new Involved(null, Party.Kind.UNKNOWN, Party.Involvement.SUBJECT, who, null)),
                LocalDate.now(ZoneId.of("Europe/London")), Intake.Location.ON_SITE, Intake.Device.SCHOOL,
                "School network", description, "The site was blocked", false, null, false, Intake.Source.ONLINE_REPORT);
        desk.report(new ConcernDesk.Reporter(null, worry.name() == null ? "Block page" : worry.name() + " (block page)",
                Intake.ReporterKind.LEARNER), worry.school(), intake);
    }
}
