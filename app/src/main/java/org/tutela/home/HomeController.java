package org.tutela.home;


import org.springframework.stereotype.Controller;
import org.tutela.concern.CaseWork;
import org.tutela.concern.ConcernNotifications;
import org.tutela.concern.Concerns;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.filtering.BlockPageRequest.Kind;
import org.tutela.filtering.BlockPageRequests;
import org.tutela.filtering.FilterDecisions;
import org.tutela.filtering.FilterPolicies;
import org.tutela.concern.Contacts;
import org.tutela.governance.ComplianceDashboard;
import org.tutela.governance.Rating;
import org.tutela.school.Permission;
import org.tutela.school.Role;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

@Controller
class HomeController {

    private final BlockPageRequests blockPage;
    private final FilterDecisions decisions;
    private final FilterPolicies policies;
    private final ConcernNotifications notices;
    private final Concerns concerns;
    private final CaseWork caseWork;
    private final ComplianceDashboard compliance;
    private final Schools schools;
    private final Contacts contacts;

    HomeController(BlockPageRequests blockPage, FilterDecisions decisions, FilterPolicies policies,
            ConcernNotifications notices, Concerns concerns, CaseWork caseWork, ComplianceDashboard compliance,
            Schools schools, Contacts contacts) {
        this.compliance = compliance;
        this.schools = schools;
        this.contacts = contacts;
        this.blockPage = blockPage;
        this.decisions = decisions;
        this.policies = policies;
        this.notices = notices;
        this.concerns = concerns;
        this.caseWork = caseWork;
    }

    /** A part of the home page with what is waiting in it, if anything yet feeds it. */
    record Part(String heading, String whenEmpty, int waiting, String waitingText, String link) {
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        var school = viewer.school();
        model.addAttribute("viewer", viewer);
        model.addAttribute("roles", viewer.allRoles());
        var unread = notices.unread(viewer.person());
        model.addAttribute("parts", AttentionByRole.forRoles(viewer.allRoles()).stream().map(part -> {
            if (school != null && (part.heading().equals("Concerns waiting for you")
                    || part.heading().equals("Allegations about staff")) && !unread.isEmpty()) {
                var first = unread.get(0);
                return new Part(part.heading(), part.whenEmpty(), unread.size(),
                        unread.size() + (unread.size() == 1 ? " concern is" : " concerns are") + " waiting for you: "
                                + first.reason().toLowerCase(java.util.Locale.ROOT) + " (" + first.reference() + ")",
                        "/schools/" + first.school() + "/concerns/" + first.concern());
            }
            if (part.heading().equals("My reports")) {
                var mine = concerns.reportedBy(viewer.person()).size();
                return new Part(part.heading(), part.whenEmpty(), mine,
                        mine + (mine == 1 ? " concern" : " concerns") + " you reported", "/concerns/mine");
            }
            if (school != null && part.heading().equals("Technical tasks")
                    && viewer.may(Permission.WORK_TECHNICAL_TASKS, school)) {
                var tasks = caseWork.technicalTasks(viewer, school).size();
                return new Part(part.heading(), part.whenEmpty(), tasks,
                        tasks + (tasks == 1 ? " task" : " tasks") + " to do", "/schools/" + school + "/tasks");
            }
            if (school != null && part.heading().equals("Concerns waiting for you")
                    && viewer.may(Permission.READ_BLOCK_PAGE_CONCERNS, school)) {
                var waiting = blockPage.countOpen(school, Kind.CONCERN);
                return new Part(part.heading(), part.whenEmpty(), waiting,
                        waiting + (waiting == 1 ? " worry" : " worries") + " sent from the block page",
                        "/schools/" + school + "/filtering/requests");
            }
            if (school != null && part.heading().equals("Requests to unblock a site")
                    && viewer.may(Permission.DECIDE_UNBLOCK_REQUESTS, school)) {
                var waiting = blockPage.countOpen(school, Kind.UNBLOCK);
                return new Part(part.heading(), part.whenEmpty(), waiting,
                        waiting + (waiting == 1 ? " request" : " requests") + " to decide",
                        "/schools/" + school + "/filtering/requests");
            }
            if (school != null && part.heading().equals("Filtering changes waiting for approval")
                    && viewer.may(Permission.APPROVE_FILTERING_CHANGE, school)) {
                var proposal = policies.openProposal(school)
                        .filter(open -> !viewer.person().equals(open.proposedBy()));
                return proposal.map(open -> new Part(part.heading(), part.whenEmpty(), 1,
                                "Version " + open.version() + " is waiting for approval: " + open.reason(),
                                "/schools/" + school + "/filtering/versions/" + open.version()))
                        .orElseGet(() -> new Part(part.heading(), part.whenEmpty(), 0, null, null));
            }
            if (school != null && part.heading().equals("Filtering exceptions to review")
                    && viewer.may(Permission.PROPOSE_FILTERING_CHANGE, school)) {
                var due = (int) policies.exceptionReviewsDue(school);
                return new Part(part.heading(), part.whenEmpty(), due,
                        due + (due == 1 ? " exception for a learner has" : " exceptions for learners have")
                                + " reached the review date",
                        "/schools/" + school + "/filtering#exceptions");
            }
            if (school != null && part.heading().equals("Filtering breaches")
                    && viewer.may(Permission.VIEW_FILTERING_REPORTS, school)) {
                var attempts = (int) decisions.illegalAttempts(school, 7);
                return new Part(part.heading(), part.whenEmpty(), attempts,
                        attempts + (attempts == 1 ? " attempt" : " attempts")
                                + " to reach illegal content in the last 7 days (blocked)",
                        "/schools/" + school + "/filtering/reports");
            }
            if (school != null && part.heading().equals("Compliance")
                    && viewer.may(Permission.VIEW_COMPLIANCE, school)) {
                var items = schools.find(school).map(compliance::itemsFor).orElse(java.util.List.of());
                var red = items.stream().filter(item -> item.rating() == Rating.RED).count();
                var amber = items.stream().filter(item -> item.rating() == Rating.AMBER).count();
                return new Part(part.heading(), part.whenEmpty(), (int) (red + amber),
                        red + " red and " + amber + " amber " + (red + amber == 1 ? "item" : "items")
                                + " on the compliance dashboard", "/schools/" + school + "/compliance");
            }
            return new Part(part.heading(), part.whenEmpty(), 0, null, null);
        }).toList());
        model.addAttribute("ceopUrl", school != null && viewer.holds(Role.LEARNER) ? contacts.ceopReportUrl(school)
                : null);
        model.addAttribute("mayViewCompliance", school != null && viewer.may(Permission.VIEW_COMPLIANCE, school));
        model.addAttribute("mayReadPolicy", school != null && viewer.may(Permission.READ_POLICY_IN_FORCE, school));
        model.addAttribute("mayViewTechnicalControls", school != null
                && viewer.may(Permission.VIEW_TECHNICAL_CONTROLS, school));
        model.addAttribute("mayManagePeople", school != null && viewer.may(Permission.VIEW_PEOPLE, school));
        model.addAttribute("mayReadAudit", school != null && viewer.may(Permission.READ_AUDIT_TRAIL, school));
        model.addAttribute("mayViewFiltering", school != null && viewer.may(Permission.VIEW_FILTERING, school));
        model.addAttribute("mayRecordSafeSearching", school != null
                && viewer.may(Permission.RECORD_SAFE_SEARCHING_TAUGHT, school));
        model.addAttribute("school", school);
        model.addAttribute("mayRaiseConcern", school != null && viewer.may(Permission.RAISE_CONCERN, school));
        model.addAttribute("mayViewConcerns", school != null && viewer.may(Permission.VIEW_CONCERN_QUEUE, school));
        model.addAttribute("mayDoTasks", school != null && viewer.may(Permission.WORK_TECHNICAL_TASKS, school));
        model.addAttribute("mayViewTraining", school != null && viewer.may(Permission.VIEW_TRAINING, school));
        model.addAttribute("mayKeepOwnTraining", school != null && viewer.may(Permission.KEEP_OWN_TRAINING, school));
        model.addAttribute("mayViewRiskAssessments", school != null
                && viewer.may(Permission.VIEW_RISK_ASSESSMENTS, school));
        model.addAttribute("mayViewCurriculum", school != null && viewer.may(Permission.VIEW_CURRICULUM, school));
        return "home/home";
    }

}
