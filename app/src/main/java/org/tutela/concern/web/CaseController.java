package org.tutela.concern.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.Advice;
import org.tutela.concern.CaseRecords;
import org.tutela.concern.CaseWork;
import org.tutela.concern.Concern;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernId;
import org.tutela.concern.ConcernNotifications;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.Concerns;
import org.tutela.concern.DeviceCustody;
import org.tutela.concern.Involved;
import org.tutela.concern.ParentsDecision;
import org.tutela.concern.Referral;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.ConcernKind.RiskArea;
import org.tutela.procedure.Fact;
import org.tutela.procedure.Party;
import org.tutela.school.ChangedMeanwhile;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.PersonKind;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/**
 * The DSL's queue and the case page: triage, the required actions and why, referrals, advice, devices, grants,
 * closure and debrief. Every request goes through the need-to-know rules; every read of a case is audited.
 */
@Controller
class CaseController {

    private final ConcernDesk desk;
    private final CaseWork work;
    private final Concerns concerns;
    private final CaseRecords records;
    private final Schools schools;
    private final People people;
    private final Clock clock;
    private final ConcernNotifications notices;
    private final org.tutela.concern.Vulnerabilities vulnerabilities;
    private final org.tutela.concern.OffencesConsidered offences;
    private final org.tutela.concern.Contacts contacts;
    private final org.tutela.concern.InternetSanctions internetSanctions;

    CaseController(ConcernDesk desk, CaseWork work, Concerns concerns, CaseRecords records, Schools schools,
            People people, Clock clock, ConcernNotifications notices, org.tutela.concern.Contacts contacts,
            org.tutela.concern.Vulnerabilities vulnerabilities, org.tutela.concern.OffencesConsidered offences,
            org.tutela.concern.InternetSanctions internetSanctions) {
        this.internetSanctions = internetSanctions;
        this.vulnerabilities = vulnerabilities;
        this.offences = offences;
        this.contacts = contacts;
        this.notices = notices;
        this.desk = desk;
        this.work = work;
        this.concerns = concerns;
        this.records = records;
        this.schools = schools;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/schools/{school}/concerns")
    String queue(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_CONCERN_QUEUE, school);
        var now = clock.instant();
        var hours = notices.hoursOf(at.id());
        var visible = concerns.ofSchool(at.id(), true).stream()
                .map(s -> new QueueLine(s, concerns.find(s.id()).orElseThrow(),
                        notices.acknowledgementDue(s, 1, hours)))
                .filter(line -> desk.accessOf(viewer, line.concern()).mayOpen())
                .map(line -> line.withOverdue(now))
                .toList();
        model.addAttribute("school", at);
        model.addAttribute("concerns", visible);
        model.addAttribute("now", now);
        return "concern/queue";
    }

    @GetMapping("/schools/{school}/concerns/{concern}")
    String show(@PathVariable UUID school, @PathVariable UUID concern, Viewer viewer, Model model) {
        var at = new SchoolId(school);
        var file = desk.open(viewer, at, new ConcernId(concern));
        var c = file.concern();
        notices.read(viewer.person(), c.id());
        model.addAttribute("school", schools.find(at).orElseThrow());
        model.addAttribute("file", file);
        model.addAttribute("concern", c);
        model.addAttribute("now", clock.instant());
        model.addAttribute("localProcedures", contacts.url(at, org.tutela.concern.Contacts.Agency.LOCAL_PROCEDURES));
        model.addAttribute("thresholdDocument",
                contacts.url(at, org.tutela.concern.Contacts.Agency.THRESHOLD_DOCUMENT));
        if (file.access().mayReadNarrative()) {
            model.addAttribute("names", names(c));
            model.addAttribute("vulnerabilities", vulnerabilities.ofEach(c.involved()));
            model.addAttribute("offencesArise", offences.arise(c));
            model.addAttribute("offences", offences.of(c.id()));
            model.addAttribute("statutes", org.tutela.concern.Statute.forCase(c.kinds()));
            model.addAttribute("vulnerabilityFlags", org.tutela.concern.Vulnerabilities.Flag.values());
            model.addAttribute("keepsFiles", viewer.may(Permission.KEEP_CHILD_PROTECTION_FILES, at));
            model.addAttribute("previous", previousInvolvement(c));
            var referrals = records.referrals(c.id());
            model.addAttribute("referrals", referrals);
            model.addAttribute("pendingRemovals", referrals.stream().filter(Referral::removalPending).count());
            model.addAttribute("removalRationale", records.removalRationale(c.id()));
            model.addAttribute("advice", records.advice(c.id()));
            model.addAttribute("devices", records.devices(c.id()));
            var searchers = work.searchers(at);
            model.addAttribute("searchers", searchers);
            model.addAttribute("deviceSearches", records.deviceSearches(c.id()).stream()
                    .map(s -> new SearchLine(s, searchers.stream().filter(p -> p.id().equals(s.searchedBy()))
                            .map(Person::fullName).findFirst()
                            .orElseGet(() -> people.find(s.searchedBy()).map(Person::fullName).orElse("Unknown"))))
                    .toList());
            model.addAttribute("searchConsents", org.tutela.concern.DeviceSearch.Consent.values());
            model.addAttribute("searchNeedsConsent", work.searchNeedsConsent());
            model.addAttribute("evidence", records.evidence(c.id()));
            model.addAttribute("copies", records.copies(c.id()));
            model.addAttribute("statement", records.statement(c.id()));
            model.addAttribute("viewings", records.viewings(c.id()));
            model.addAttribute("copyStatuses", org.tutela.concern.KnownCopy.Status.values());
            model.addAttribute("viewingReasons", org.tutela.concern.ImageryViewing.Reason.values());
            model.addAttribute("contacts", contacts.of(at).stream().filter(x -> !x.empty()).toList());
            model.addAttribute("kinds", ConcernKind.values());
            model.addAttribute("riskAreas", RiskArea.values());
            model.addAttribute("facts", Fact.values());
            model.addAttribute("agencies", Referral.Agency.values());
            model.addAttribute("channels", Referral.Channel.values());
            model.addAttribute("adviceSources", Advice.Source.values());
            model.addAttribute("parentsDecisions", ParentsDecision.values());
            ProcedureRecordsController.describe(c, work, names(c), model);
            model.addAttribute("internetSuspensionOffered", org.tutela.concern.InternetSanctions.offeredFor(c));
            var now = clock.instant();
            model.addAttribute("internetSuspensions", internetSanctions.ofCase(at, c.id()).stream()
                    .map(s -> new SuspensionLine(s, nameOf(s.decidedBy()), s.liftedBy() == null ? null
                            : nameOf(s.liftedBy()), s.inForceAt(now), !s.lifted() && !now.isBefore(s.until())))
                    .toList());
            model.addAttribute("partyKinds", Party.Kind.values());
            model.addAttribute("involvements", Party.Involvement.values());
            model.addAttribute("staffMembers", people.ofSchool(at, PersonKind.STAFF).stream().filter(Person::active).toList());
            model.addAttribute("learners", people.ofSchool(at, PersonKind.LEARNER).stream().filter(Person::active).toList());
            model.addAttribute("transferTo", EnumSet.of(DeviceCustody.Status.WITH_POLICE, DeviceCustody.Status.QUARANTINED,
                    DeviceCustody.Status.RETURNED));
        }
        return "concern/case";
    }

    @PostMapping("/schools/{school}/concerns/{concern}/acknowledge")
    String acknowledge(@PathVariable UUID school, @PathVariable UUID concern, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Acknowledged", () -> work.acknowledge(viewer, new SchoolId(school), new ConcernId(concern)));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/assign")
    String assign(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String assignee,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Assigned", () -> work.assign(viewer, new SchoolId(school),
                new ConcernId(concern), new PersonId(FormValues.id(assignee, "Choose who to assign it to"))));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/facts")
    String facts(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(name = "kinds", required = false) List<String> kinds,
            @RequestParam(name = "riskAreas", required = false) List<String> areas,
            @RequestParam(name = "facts", required = false) List<String> facts, Viewer viewer,
            RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Facts saved; the required actions were worked out again", () ->
                work.triage(viewer, new SchoolId(school), new ConcernId(concern), FormValues.choices(ConcernKind.class, kinds),
                        FormValues.choices(RiskArea.class, areas), FormValues.choices(Fact.class, facts)));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/people")
    String addPerson(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "UNKNOWN") String partyKind, @RequestParam(defaultValue = "SUBJECT") String involvement,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String dateOfBirth,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Person added; the required actions were worked out again", () -> {
            var how = FormValues.required(Party.Involvement.class, involvement);
            Involved involved;
            if (!person.isBlank()) {
                var found = people.find(new PersonId(FormValues.id(person, "Choose a person"))).filter(p -> new SchoolId(school).equals(p.school()))
                        .orElseThrow(() -> new ConcernRefused("Choose people from this school's records"));
                var kind = found.kind() == PersonKind.LEARNER ? Party.Kind.LEARNER
                        : found.kind() == PersonKind.PARENT_CARER ? Party.Kind.PARENT_CARER : Party.Kind.STAFF;
                involved = new Involved(found.id(), kind, how, null, found.dateOfBirth());
            } else {
                involved = new Involved(null, FormValues.required(Party.Kind.class, partyKind), how, description, FormValues.date(dateOfBirth));
            }
            work.addPerson(viewer, new SchoolId(school), new ConcernId(concern), involved);
        });
    }

    @PostMapping("/schools/{school}/concerns/{concern}/actions/{code}")
    String action(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable String code,
            @RequestParam(defaultValue = "done") String outcome, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note, @RequestParam java.util.Map<String, String> form,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Saved", () -> {
            var action = FormValues.required(ActionCode.class, code);
            var evidence = new java.util.HashMap<String, String>();
            form.forEach((key, value) -> {
                if (key.startsWith("evidence.")) {
                    evidence.put(key.substring("evidence.".length()), value);
                }
            });
            var at = new SchoolId(school);
            var id = new ConcernId(concern);
            if (outcome.equals("not-applicable")) {
                work.notApplicable(viewer, at, id, action, note);
            } else {
                work.complete(viewer, at, id, action, decision.isBlank() ? null : decision.equals("yes"), note,
                        evidence);
            }
        });
    }

    @PostMapping("/schools/{school}/concerns/{concern}/delete-copies")
    String deleteCopies(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String noAgency, @RequestParam(defaultValue = "") String noRisk,
            @RequestParam(defaultValue = "") String noInvestigation, @RequestParam(defaultValue = "") String policeAdvice,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Deletion recorded", () -> work.deleteCopies(viewer, new SchoolId(school),
                new ConcernId(concern), new Concern.DeletionConfirmation(!noAgency.isBlank(), !noRisk.isBlank(),
                        !noInvestigation.isBlank(), !policeAdvice.isBlank())));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/referrals")
    String refer(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String agency,
            @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String madeAt,
            @RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String shared, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String followUpOn, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Referral recorded", () -> work.refer(viewer, new SchoolId(school),
                new ConcernId(concern), new Referral(UUID.randomUUID(), agency.isBlank() ? null : FormValues.required(Referral.Agency.class, agency),
                        channel.isBlank() ? null : FormValues.required(Referral.Channel.class, channel), FormValues.moment(madeAt, clock.instant()),
                        viewer.person(), FormValues.text(contact), FormValues.text(reference), shared, FormValues.text(outcome), FormValues.date(followUpOn))));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/device-searches")
    String deviceSearch(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String device, @RequestParam(defaultValue = "") String searchedBy,
            @RequestParam(defaultValue = "") String consent, @RequestParam(defaultValue = "") String found,
            @RequestParam(defaultValue = "") String contentDeleted, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Search recorded", () -> work.recordDeviceSearch(viewer,
                new SchoolId(school), new ConcernId(concern), device,
                searchedBy.isBlank() ? null : new PersonId(FormValues.id(searchedBy, "Choose who searched the device")),
                consent.isBlank() ? null : FormValues.required(org.tutela.concern.DeviceSearch.Consent.class, consent), found,
                "yes".equals(contentDeleted)));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/advice")
    String advice(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String soughtAt, @RequestParam(defaultValue = "") String advice,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Advice recorded", () -> work.adviceReceived(viewer, new SchoolId(school),
                new ConcernId(concern), new Advice(UUID.randomUUID(), source.isBlank() ? null : FormValues.required(Advice.Source.class, source),
                        FormValues.moment(soughtAt, clock.instant()), advice, viewer.person())));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/devices")
    String secureDevice(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String device,
            @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String location,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Device custody recorded", () -> work.secureDevice(viewer,
                new SchoolId(school), new ConcernId(concern), device, owner, location));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/devices/{device}/transfer")
    String transferDevice(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable UUID device,
            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String receivedBy,
            @RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String networked,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Hand-over recorded", () -> work.transferDevice(viewer, new SchoolId(school),
                new ConcernId(concern), device, FormValues.required(DeviceCustody.Status.class, to.isBlank() ? "none" : to), receivedBy,
                FormValues.text(reference), FormValues.text(note), "yes".equals(networked)));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/people/{person}/vulnerabilities")
    String vulnerabilities(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable UUID person,
            @RequestParam(name = "flags", required = false) List<String> flags, Viewer viewer,
            RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Vulnerabilities recorded", () -> work.vulnerabilities(viewer,
                new SchoolId(school), new ConcernId(concern), new PersonId(person),
                FormValues.choices(org.tutela.concern.Vulnerabilities.Flag.class, flags)));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/grants")
    String grant(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String grantee,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String until,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Access granted", () -> {
            var end = FormValues.date(until);
            work.grant(viewer, new SchoolId(school), new ConcernId(concern), new PersonId(FormValues.id(grantee, "Choose who to give access to")),
                    reason, end == null ? null : end.plusDays(1).atStartOfDay(ConcernForm.SCHOOL_TIME).toInstant());
        });
    }

    @PostMapping("/schools/{school}/concerns/{concern}/escalate")
    String escalate(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(defaultValue = "") String thresholdReference, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Escalated to the trust's safeguarding officer",
                () -> work.escalateToTrust(viewer, new SchoolId(school), new ConcernId(concern), thresholdReference));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/police-hold")
    String policeHold(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String hold,
            @RequestParam(defaultValue = "") String note, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Police hold updated", () -> work.policeHold(viewer, new SchoolId(school),
                new ConcernId(concern), "yes".equals(hold), note));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/close")
    String close(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String support, @RequestParam(defaultValue = "") String parents,
            @RequestParam(defaultValue = "") String parentsDetail, @RequestParam(defaultValue = "") String override,
            @RequestParam(defaultValue = "") String removalRationale, ClosingByKind byKind, Viewer viewer,
            RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Case closed", () -> work.close(viewer, new SchoolId(school),
                new ConcernId(concern), outcome, support, parents.isBlank() ? null : FormValues.required(ParentsDecision.class, parents),
                parentsDetail, override, byKind.toClosure(), removalRationale));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/referrals/{referral}/outcome")
    String referralOutcome(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable UUID referral,
            @RequestParam(defaultValue = "") String outcome, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Result recorded", () -> work.referralOutcome(viewer,
                new SchoolId(school), new ConcernId(concern), referral, outcome));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/debrief")
    String debrief(@PathVariable UUID school, @PathVariable UUID concern, @RequestParam(defaultValue = "") String lessons,
            Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Debrief recorded", () -> work.debrief(viewer, new SchoolId(school),
                new ConcernId(concern), lessons));
    }

    @PostMapping("/schools/{school}/concerns/{concern}/evidence")
    String evidence(@PathVariable UUID school, @PathVariable UUID concern,
            @RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, RedirectAttributes redirect) {
        return act(viewer, school, concern, redirect, "Evidence attached", () -> {
            if (file == null || file.isEmpty()) {
                throw new ConcernRefused("Choose a file to attach");
            }
            try {
                work.addEvidence(viewer, new SchoolId(school), new ConcernId(concern), file.getOriginalFilename(),
                        file.getBytes());
            } catch (IOException e) {
                throw new ConcernRefused("The file could not be read; try again");
            }
        });
    }

    /** A device search as the case page lists it, with the searcher's name. */
    /** A suspension of internet access decided in this case, as the case page shows it (PROC-BUL-07). */
    record SuspensionLine(org.tutela.filtering.InternetSuspension suspension, String decidedBy, String liftedBy,
            boolean inForce, boolean ended) {
    }

    private String nameOf(PersonId person) {
        return people.find(person).map(Person::fullName).orElse("Unknown");
    }

    record SearchLine(org.tutela.concern.DeviceSearch search, String searcher) {
    }

    /** Runs a change; a refusal comes back to the case page as a message, and nothing is lost or half-saved. */
    private String act(Viewer viewer, UUID school, UUID concern, RedirectAttributes redirect, String done,
            Runnable change) {
        desk.requireWorker(viewer, new SchoolId(school), new ConcernId(concern));
        try {
            change.run();
            redirect.addFlashAttribute("success", done);
        } catch (ConcernRefused | ChangedMeanwhile refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        } catch (AccessDeniedException denied) {
            throw denied;
        }
        return "redirect:/schools/" + school + "/concerns/" + concern;
    }

    private Map<PersonId, String> names(Concern c) {
        var ids = new java.util.HashSet<PersonId>();
        c.involved().stream().map(Involved::person).filter(java.util.Objects::nonNull).forEach(ids::add);
        c.actions().stream().map(a -> a.doneBy()).filter(java.util.Objects::nonNull).forEach(ids::add);
        if (c.assignedTo() != null) {
            ids.add(c.assignedTo());
        }
        if (c.report().reportedBy() != null) {
            ids.add(c.report().reportedBy());
        }
        c.grants().forEach(g -> ids.add(g.grantee()));
        return ids.stream().collect(Collectors.toMap(Function.identity(),
                id -> people.find(id).map(Person::fullName).orElse("Unknown")));
    }

    /** INC-10: earlier concerns about the people in this one, with their kind and outcome. */
    private List<String> previousInvolvement(Concern c) {
        return c.involved().stream().map(Involved::person).filter(java.util.Objects::nonNull).distinct()
                .flatMap(person -> concerns.involving(person).stream()
                        .filter(s -> !s.id().equals(c.id()) && s.reportedAt().isBefore(c.report().reportedAt()))
                        .map(s -> people.find(person).map(Person::fullName).orElse("Someone") + ": " + s.reference()
                                + " (" + s.kinds().stream().map(ConcernKind::label).collect(Collectors.joining(", "))
                                + "), " + s.status().label().toLowerCase(Locale.ROOT)
                                + outcome(s.id())))
                .toList();
    }

    private String outcome(ConcernId id) {
        var outcome = concerns.outcomeOf(id);
        return outcome == null ? "" : ": " + outcome;
    }
}
