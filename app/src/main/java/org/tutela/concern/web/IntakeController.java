package org.tutela.concern.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.Concerns;
import org.tutela.concern.Intake;
import org.tutela.concern.Involved;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.tutela.school.NoSuchSchool;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.PersonKind;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.SignedInPerson;
import org.tutela.school.Viewer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Recording a concern: the staff form (in under a minute), the school's reporting page for learners, parents and
 * visitors (anonymous allowed, rate-limited, CEOP visible), and "my reports" with status only (ACC-03).
 */
@Controller
class IntakeController {

    private final ConcernDesk desk;
    private final Concerns concerns;
    private final Schools schools;
    private final People people;
    private final Clock clock;
    private final org.tutela.concern.Contacts contacts;
    private final Cache<String, Bucket> senders = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(50_000).build();

    IntakeController(ConcernDesk desk, Concerns concerns, Schools schools, People people, Clock clock,
            org.tutela.concern.Contacts contacts) {
        this.contacts = contacts;
        this.desk = desk;
        this.concerns = concerns;
        this.schools = schools;
        this.people = people;
        this.clock = clock;
    }

    /** The staff form; {@code kind} preselects one (INC-11: "Report an offensive message" opens it as such). */
    @GetMapping("/schools/{school}/concerns/new")
    String form(@PathVariable UUID school, @RequestParam(defaultValue = "") String kind, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.RAISE_CONCERN, school);
        var known = java.util.Arrays.stream(ConcernKind.values()).anyMatch(k -> k.name().equals(kind));
        return form(at.id(), known ? ConcernForm.empty().ofKind(kind) : ConcernForm.empty(), model);
    }

    @PostMapping("/schools/{school}/concerns")
    String report(@PathVariable UUID school, @ModelAttribute ConcernForm form, Viewer viewer, Model model,
            HttpServletResponse response) {
        var at = schools.where(viewer, Permission.RAISE_CONCERN, school);
        try {
            var intake = form.toNewConcern(people, at.id(), LocalDate.now(clock.withZone(ConcernForm.SCHOOL_TIME)));
            var concern = desk.report(new ConcernDesk.Reporter(viewer.person(), viewer.displayName(),
                    Intake.ReporterKind.STAFF), at.id(), intake);
            model.addAttribute("school", at);
            model.addAttribute("reference", concern.reference());
            model.addAttribute("staff", true);
            return "concern/reported";
        } catch (ConcernRefused refused) {
            response.setStatus(422);
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("callNow", "yes".equals(form.immediateRisk()));
            return form(at.id(), form, model);
        }
    }

    @GetMapping("/concerns/mine")
    String mine(Viewer viewer, Model model) {
        model.addAttribute("reports", concerns.reportedBy(viewer.person()));
        return "concern/mine";
    }

    /** The reporting page for learners, parents and visitors; they need not sign in, and may stay anonymous. */
    @GetMapping("/report/{school}")
    String reportPage(@PathVariable UUID school, Model model) {
        var at = schools.find(new SchoolId(school)).orElseThrow(() -> new NoSuchSchool(new SchoolId(school)));
        model.addAttribute("school", at);
        model.addAttribute("ceopUrl", contacts.ceopReportUrl(at.id()));
        model.addAttribute("who", signedIn().map(this::whoIs).orElse(null));
        return "concern/report";
    }

    @PostMapping("/report/{school}")
    String sendReport(@PathVariable UUID school, @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String who, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String danger, @RequestParam(defaultValue = "") String reporter,
            @RequestParam(defaultValue = "") String about,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var at = schools.find(new SchoolId(school)).orElseThrow(() -> new NoSuchSchool(new SchoolId(school)));
        model.addAttribute("school", at);
        model.addAttribute("ceopUrl", contacts.ceopReportUrl(at.id()));
        var viewer = signedIn();
        model.addAttribute("who", viewer.map(this::whoIs).orElse(null));
        var bucket = senders.get(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofMinutes(10)).build()).build());
        if (!bucket.tryConsume(1)) {
            response.setStatus(429);
            model.addAttribute("problem", "You have sent a lot of reports. Wait a few minutes, or tell a teacher.");
            return "concern/report";
        }
        if (what.isBlank()) {
            response.setStatus(422);
            model.addAttribute("problem", "Tell us what happened. You can write as much or as little as you like.");
            return "concern/report";
        }
        var kind = viewer.map(this::whoIs).orElseGet(() -> switch (reporter) {
            case "LEARNER" -> Intake.ReporterKind.LEARNER;
            case "PARENT_CARER" -> Intake.ReporterKind.PARENT_CARER;
            case "VISITOR" -> Intake.ReporterKind.VISITOR;
            default -> Intake.ReporterKind.ANONYMOUS;
        });
        var involvedText = who.isBlank() ? "Not said" : who.trim();
        var involved = new Involved(null, Party.Kind.UNKNOWN, Party.Involvement.SUBJECT, involvedText, null);
        var reporterName = viewer.map(Viewer::displayName).orElse(name.isBlank() ? null : name.trim());
        try {
            var concern = desk.report(new ConcernDesk.Reporter(viewer.map(Viewer::person).orElse(null), reporterName,
                    kind), at.id(), new ConcernDesk.NewConcern(java.util.Set.of(kindOf(about)), List.of(involved),
                    LocalDate.now(clock.withZone(ConcernForm.SCHOOL_TIME)), Intake.Location.NOT_KNOWN,
                    Intake.Device.NOT_KNOWN, null, what.length() > 5000 ? what.substring(0, 5000) : what, null,
                    "yes".equals(danger), null, false,
                    kind == Intake.ReporterKind.ANONYMOUS ? Intake.Source.ANONYMOUS : Intake.Source.ONLINE_REPORT));
            model.addAttribute("reference", concern.reference());
            model.addAttribute("staff", false);
            return "concern/reported";
        } catch (ConcernRefused refused) {
            response.setStatus(422);
            model.addAttribute("problem", refused.getMessage());
            return "concern/report";
        }
    }

    /**
     * INC-12: what the report is about decides where it goes: bullying to the anti-bullying procedure, a member of
     * staff to the headteacher under the allegations procedure (and never to that member of staff).
     */
    static ConcernKind kindOf(String about) {
        return switch (about) {
            case "BULLYING" -> ConcernKind.BULLYING;
            case "STAFF" -> ConcernKind.STAFF_ALLEGATION;
            case "HATE" -> ConcernKind.HATE;
            default -> ConcernKind.OTHER;
        };
    }

    private String form(SchoolId school, ConcernForm form, Model model) {
        model.addAttribute("school", schools.find(school).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("rows", ConcernForm.ROWS);
        model.addAttribute("kinds", ConcernKind.values());
        model.addAttribute("learners", people.ofSchool(school, PersonKind.LEARNER).stream().filter(p -> p.active()).toList());
        model.addAttribute("staffMembers", people.ofSchool(school, PersonKind.STAFF).stream().filter(p -> p.active()).toList());
        model.addAttribute("partyKinds", Party.Kind.values());
        model.addAttribute("involvements", Party.Involvement.values());
        model.addAttribute("locations", Intake.Location.values());
        model.addAttribute("devices", Intake.Device.values());
        model.addAttribute("sources", Intake.Source.values());
        return "concern/new";
    }

    private java.util.Optional<Viewer> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)
                || authentication.getAuthorities().stream().noneMatch(a -> "SIGNED_IN".equals(a.getAuthority()))) {
            return java.util.Optional.empty();
        }
        return people.viewer(person.person());
    }

    private Intake.ReporterKind whoIs(Viewer viewer) {
        if (viewer.holds(Role.LEARNER)) {
            return Intake.ReporterKind.LEARNER;
        }
        if (viewer.holds(Role.PARENT_CARER)) {
            return Intake.ReporterKind.PARENT_CARER;
        }
        if (viewer.holds(Role.VISITOR)) {
            return Intake.ReporterKind.VISITOR;
        }
        return Intake.ReporterKind.STAFF;
    }
}
