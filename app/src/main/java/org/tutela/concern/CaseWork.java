package org.tutela.concern;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ConcernKind.RiskArea;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Fact;
import org.tutela.school.People;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;
import org.tutela.school.access.AccessLevel;
import org.tutela.school.access.CaseGrant;

/** The work on a case beyond its own state: referrals, advice, devices, evidence, grants and technical tasks. */
@Service
public class CaseWork {

    static final long MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

    private final ConcernDesk desk;
    private final Concerns concerns;
    private final CaseRecords records;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final Tika tika = new Tika();
    private final ConcernNotifications notifications;
    private final TextOnlyPdf pdf;
    private final Vulnerabilities vulnerabilities;
    private final ParentConductPolicies parentConductPolicies;
    private final boolean searchNeedsConsent;

    CaseWork(ConcernDesk desk, Concerns concerns, CaseRecords records, People people, AuditTrail audit, Clock clock,
            ConcernNotifications notifications, ParentConductPolicies parentConductPolicies,
            @org.springframework.beans.factory.annotation.Value("${tutela.concerns.device-search-needs-consent:true}")
            boolean searchNeedsConsent, TextOnlyPdf pdf, Vulnerabilities vulnerabilities) {
        this.pdf = pdf;
        this.vulnerabilities = vulnerabilities;
        this.searchNeedsConsent = searchNeedsConsent;
        this.notifications = notifications;
        this.parentConductPolicies = parentConductPolicies;
        this.desk = desk;
        this.concerns = concerns;
        this.records = records;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void acknowledge(Viewer viewer, SchoolId at, ConcernId id) {
        desk.work(viewer, at, id, "CONCERN_ACKNOWLEDGED", c -> c.acknowledge(viewer.person(), clock.instant()));
    }

    @Transactional
    public void assign(Viewer viewer, SchoolId at, ConcernId id, PersonId assignee) {
        var dslOrDeputy = people.rolesOf(assignee).stream()
                .anyMatch(r -> at.equals(r.school()) && (r.role() == Role.DSL || r.role() == Role.DEPUTY_DSL));
        var atSchool = people.find(assignee).filter(p -> at.equals(p.school())).isPresent();
        if (!atSchool) {
            throw new ConcernRefused("Assign the case to someone at this school");
        }
        desk.work(viewer, at, id, "CONCERN_ASSIGNED", c -> {
            if (c.subjects().contains(assignee)) {
                throw new ConcernRefused("A case cannot be assigned to the person it is about");
            }
            c.assignTo(assignee, dslOrDeputy);
        });
    }

    @Transactional
    public void triage(Viewer viewer, SchoolId at, ConcernId id, Set<ConcernKind> kinds, Set<RiskArea> areas,
            Set<Fact> facts) {
        desk.work(viewer, at, id, "CONCERN_TRIAGED", c -> c.triage(kinds, areas, facts));
    }

    @Transactional
    public void addPerson(Viewer viewer, SchoolId at, ConcernId id, Involved person) {
        desk.work(viewer, at, id, "CONCERN_PERSON_ADDED", c -> c.addInvolved(person));
    }

    @Transactional
    public void complete(Viewer viewer, SchoolId at, ConcernId id, ActionCode code, Boolean decision, String note) {
        complete(viewer, at, id, code, decision, note, java.util.Map.of());
    }

    /** Completes a step, with the evidence fields the procedure asks for, by someone whose role may (PROC-GEN-01). */
    @Transactional
    public void complete(Viewer viewer, SchoolId at, ConcernId id, ActionCode code, Boolean decision, String note,
            java.util.Map<String, String> evidence) {
        desk.work(viewer, at, id, "CONCERN_ACTION_DONE", c -> {
            requireRoleFor(c, code, viewer, at);
            c.completeWithEvidence(code, decision, note, evidence, viewer.person(), clock.instant());
        });
    }

    @Transactional
    public void notApplicable(Viewer viewer, SchoolId at, ConcernId id, ActionCode code, String rationale) {
        desk.work(viewer, at, id, "CONCERN_ACTION_NOT_APPLICABLE", c -> {
            requireRoleFor(c, code, viewer, at);
            c.notApplicable(code, rationale, viewer.person(), clock.instant());
        });
    }

    private static void requireRoleFor(Concern concern, ActionCode code, Viewer viewer, SchoolId at) {
        concern.actions().stream().filter(a -> a.code() == code).findFirst()
                .filter(a -> !a.completableBy(viewer.rolesFor(at, null)))
                .ifPresent(a -> {
                    throw new ConcernRefused("At this school " + code + " is completed by: " + a.completedByLabel());
                });
    }

    @Transactional
    public void deleteCopies(Viewer viewer, SchoolId at, ConcernId id, Concern.DeletionConfirmation confirmation) {
        var byDsl = viewer.rolesFor(at, null).contains(Role.DSL);
        var policeAdvice = records.referrals(id).stream().anyMatch(Referral::police)
                || records.advice(id).stream().anyMatch(a -> a.source() == Advice.Source.POLICE);
        desk.work(viewer, at, id, "CONCERN_COPIES_DELETED",
                c -> c.deleteCopies(confirmation, byDsl, policeAdvice, viewer.person(), clock.instant()));
    }

    /** Records a referral and carries out the action it fulfils, refused when that action must wait (E-16). */
    @Transactional
    public void refer(Viewer viewer, SchoolId at, ConcernId id, Referral referral) {
        desk.work(viewer, at, id, "CONCERN_REFERRAL", c -> {
            completeIfOutstanding(c, referral.completes(), true,
                    referral.agency().label() + " (" + referral.channel().label() + ")"
                            + (referral.reference() == null ? "" : ", reference " + referral.reference()),
                    viewer.person());
            if (referral.agency() == Referral.Agency.TRUST_SAFEGUARDING && c.escalatedToTrustAt() == null) {
                c.escalateToTrust(clock.instant());
            }
        });
        records.add(id, referral, clock.instant());
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "REFERRAL",
                "Referral: " + referral.agency().label() + " by " + referral.channel().label()
                        + (referral.reference() == null ? "" : ", reference " + referral.reference()), clock.instant());
    }

    @Transactional
    public void adviceReceived(Viewer viewer, SchoolId at, ConcernId id, Advice advice) {
        desk.work(viewer, at, id, "CONCERN_ADVICE", c -> {
            if (advice.completes() != null) {
                completeIfOutstanding(c, advice.completes(), true, "Advice: " + advice.advice(), viewer.person());
            }
            if (advice.source() == Advice.Source.POLICE) {
                completeIfOutstanding(c, ActionCode.POLICE_BEFORE_OTHER_STEPS, true, "Police consulted: " + advice.advice(),
                        viewer.person());
            }
        });
        records.add(id, advice, clock.instant());
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "ADVICE",
                "Advice from " + advice.source().label() + ": " + advice.advice().trim(), clock.instant());
    }

    @Transactional
    public void secureDevice(Viewer viewer, SchoolId at, ConcernId id, String device, String owner, String location) {
        var custody = new DeviceCustody(UUID.randomUUID(), device, owner, viewer.person(), clock.instant(), location,
                DeviceCustody.Status.SECURED, List.of());
        desk.work(viewer, at, id, "DEVICE_SECURED", c -> completeIfOutstanding(c, ActionCode.SECURE_DEVICE, null,
                "Secured: " + device.trim() + " at " + location.trim(), viewer.person()));
        records.add(id, custody);
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "CUSTODY",
                "Device secured: " + device.trim() + " (" + owner.trim() + "), kept at " + location.trim(), clock.instant());
    }

    @Transactional
    public void transferDevice(Viewer viewer, SchoolId at, ConcernId id, UUID custodyId, DeviceCustody.Status to,
            String receivedBy, String reference, String note) {
        transferDevice(viewer, at, id, custodyId, to, receivedBy, reference, note, false);
    }

    /**
     * A hand-over of a device in custody. EVD-07: when the police seize networked equipment, what it does to school
     * systems is recorded and the case learns that a server was seized, so the continuity plan is raised (E-51).
     */
    @Transactional
    public void transferDevice(Viewer viewer, SchoolId at, ConcernId id, UUID custodyId, DeviceCustody.Status to,
            String receivedBy, String reference, String note, boolean networked) {
        var custody = records.device(id, custodyId).orElseThrow(() -> new ConcernRefused("No such device on this case"));
        if (networked && (to != DeviceCustody.Status.WITH_POLICE || trim(note) == null)) {
            throw new ConcernRefused("For networked equipment the police seize, say what the seizure does to school systems");
        }
        desk.work(viewer, at, id, "DEVICE_TRANSFERRED", c -> {
            DeviceCustody.checkTransfer(custody.status(), to, receivedBy, reference,
                    c.facts().contains(Fact.DEVICE_MAY_HOLD_EVIDENCE) || c.sexual());
            if (networked) {
                c.learnt(Fact.SERVER_SEIZED, "seized by the police: " + custody.device() + "; " + note.trim());
            }
            if (to == DeviceCustody.Status.WITH_POLICE) {
                completeIfOutstanding(c, ActionCode.DEVICE_TO_POLICE, null, "Handed to " + receivedBy.trim()
                        + ", reference " + reference.trim(), viewer.person());
            }
        });
        records.transfer(custodyId, new DeviceCustody.Transfer(clock.instant(), to, viewer.person(), receivedBy,
                reference, note));
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "CUSTODY", "Device " + custody.device() + ": "
                + to.label() + ", received by " + receivedBy.trim()
                + (reference == null || reference.isBlank() ? "" : ", reference " + reference.trim()), clock.instant());
    }

    @Transactional
    public void grant(Viewer viewer, SchoolId at, ConcernId id, PersonId grantee, String reason, Instant expiresAt) {
        if (people.find(grantee).filter(p -> at.equals(p.school())).isEmpty()) {
            throw new ConcernRefused("Grant access to someone at this school");
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new ConcernRefused("The grant must end in the future");
        }
        desk.work(viewer, at, id, "CONCERN_ACCESS_GRANTED", c -> {
            if (c.subjects().contains(grantee)) {
                throw new ConcernRefused("The person a case is about can never be given access to it");
            }
            try {
                c.grant(new CaseGrant(grantee, reason, expiresAt));
            } catch (IllegalArgumentException e) {
                throw new ConcernRefused("A grant of access needs a reason");
            }
        });
    }

    @Transactional
    public void escalateToTrust(Viewer viewer, SchoolId at, ConcernId id, String thresholdReference) {
        var reference = trim(thresholdReference);
        desk.work(viewer, at, id, "CONCERN_ESCALATED_TO_TRUST", c -> {
            c.escalateToTrust(clock.instant(), reference);
            completeIfOutstanding(c, ActionCode.TRUST_SAFEGUARDING, true, "Escalated to the trust"
                    + (reference == null ? "" : " (threshold reference: " + reference + ")"), viewer.person());
        });
        if (reference != null) {
            audit.record("ESCALATION_THRESHOLD_CITED", "concern", id, at.value(), Outcome.ALLOWED,
                    "threshold reference: " + reference);
        }
    }

    @Transactional
    public void policeHold(Viewer viewer, SchoolId at, ConcernId id, boolean hold, String note) {
        desk.work(viewer, at, id, hold ? "CONCERN_POLICE_HOLD" : "CONCERN_POLICE_HOLD_LIFTED",
                c -> c.holdForPolice(hold, note));
    }

    @Transactional
    public void close(Viewer viewer, SchoolId at, ConcernId id, String outcome, String support,
            ParentsDecision parents, String parentsDetail, String override, ClosureByKind byKind,
            String removalRationale) {
        if (byKind.policyApplied() != null && !parentConductPolicies.policies().contains(byKind.policyApplied())) {
            throw new ConcernRefused("Choose the policy applied from the school's list");
        }
        var pendingRemovals = records.referrals(id).stream().filter(Referral::removalPending).count();
        var rationale = trim(removalRationale);
        var byDsl = viewer.rolesFor(at, null).contains(Role.DSL);
        var closed = desk.work(viewer, at, id,
                override == null || override.isBlank() ? "CONCERN_CLOSED" : "CONCERN_CLOSED_WITH_OVERRIDE",
                c -> {
                    // PROC-SV-05: content may still be online; only the DSL decides to close regardless, and says why.
                    if (pendingRemovals > 0 && (!byDsl || rationale == null || rationale.length() < 20)) {
                        throw new ConcernRefused(pendingRemovals + (pendingRemovals == 1 ? " removal request is" : " removal requests are")
                                + " still unresolved: record the provider's answer, or the DSL records why the case can"
                                + " close regardless (20 characters or more)");
                    }
                    c.close(new Concern.Closure(trim(outcome), trim(support), parents, trim(parentsDetail),
                            trim(override), byKind, viewer.person(), clock.instant()));
                });
        if (pendingRemovals > 0) {
            records.removalRationale(id, rationale);
            concerns.addEntry(id, viewer.person(), viewer.displayName(), "CLOSURE",
                    "Closed with " + pendingRemovals + " removal request(s) unresolved; the DSL's rationale: " + rationale,
                    clock.instant());
            audit.record("CONCERN_CLOSED_REMOVAL_UNRESOLVED", "concern", id, at.value(), Outcome.ALLOWED,
                    pendingRemovals + " removal request(s) unresolved");
        }
        notifications.closed(closed);
    }

    /** ESC-15: the result of a referral recorded afterwards, such as a provider's answer to a removal request. */
    @Transactional
    public void referralOutcome(Viewer viewer, SchoolId at, ConcernId id, UUID referral, String outcome) {
        if (outcome == null || outcome.isBlank()) {
            throw new ConcernRefused("Write the result, e.g. \"removed on 3 March\" or \"refused: not against our terms\"");
        }
        var found = records.referrals(id).stream().filter(r -> r.id().equals(referral)).findFirst()
                .orElseThrow(() -> new ConcernRefused("No such referral on this case"));
        desk.work(viewer, at, id, "REFERRAL_OUTCOME", c -> {
            if (!c.status().open()) {
                throw new ConcernRefused("This concern is closed");
            }
            if (!records.recordOutcome(id, referral, outcome)) {
                throw new ConcernRefused("The result of this referral is recorded already");
            }
        });
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "REFERRAL",
                "Result of the referral to " + found.agency().label() + ": " + outcome.trim(), clock.instant());
    }

    /** Who may search a learner's device (EVD-10): the leadership team, the headteacher, the DSL and deputies. */
    static final Set<Role> SEARCHERS = Set.of(Role.LEADERSHIP, Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL);

    /** The members of the leadership team who may be recorded as having searched a device. */
    public List<org.tutela.school.Person> searchers(SchoolId at) {
        var found = new java.util.LinkedHashMap<PersonId, org.tutela.school.Person>();
        for (var role : List.of(Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL, Role.LEADERSHIP)) {
            people.holding(role, at).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        return List.copyOf(found.values());
    }

    /** Whether the school's policy asks for consent to search a learner's device (CONS-12). */
    public boolean searchNeedsConsent() {
        return searchNeedsConsent;
    }

    /**
     * EVD-10, CONS-12, G-09: a search of a learner's device. Consent is required where the school's policy says so;
     * deleting content is refused on a sexual case or where crime is suspected or recorded: the evidence is preserved.
     */
    @Transactional
    public void recordDeviceSearch(Viewer viewer, SchoolId at, ConcernId id, String device, PersonId searchedBy,
            DeviceSearch.Consent consent, String found, boolean contentDeleted) {
        if (searchedBy == null || people.rolesOf(searchedBy).stream()
                .noneMatch(r -> at.equals(r.school()) && SEARCHERS.contains(r.role()))) {
            throw new ConcernRefused("Choose the member of the leadership team who searched the device");
        }
        if (searchNeedsConsent && (consent == null || consent == DeviceSearch.Consent.NOT_NEEDED)) {
            throw new ConcernRefused("The school's policy requires consent to search a learner's device: say whether"
                    + " the learner or a parent gave it");
        }
        var search = new DeviceSearch(UUID.randomUUID(), device, searchedBy,
                consent == null ? DeviceSearch.Consent.NOT_NEEDED : consent, found, contentDeleted, viewer.person(),
                clock.instant());
        desk.work(viewer, at, id, "DEVICE_SEARCH_RECORDED", c -> {
            if (!c.status().open()) {
                throw new ConcernRefused("This concern is closed");
            }
            if (contentDeleted && (c.sexual() || c.facts().contains(Fact.CRIME_SUSPECTED)
                    || c.facts().contains(Fact.CRIME_RECORDED))) {
                throw new ConcernRefused("\"Content deleted\" cannot be recorded on this case: preserve evidence – DSL"
                        + " decision required");
            }
        });
        records.add(id, search);
        var searcher = people.find(searchedBy).map(org.tutela.school.Person::fullName).orElse("Unknown");
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "SEARCH", search.line(searcher), clock.instant());
    }

    /** PROC-PAR-02: the policies a parent's or carer's conduct can be dealt with under. */
    public List<String> parentConductPolicies() {
        return List.copyOf(parentConductPolicies.policies());
    }

    /** PROC-SX-03: the sexting decision-factor assessment, saved as a draft or completed. */
    @Transactional
    public void assessSextingRisk(Viewer viewer, SchoolId at, ConcernId id,
            java.util.Map<SextingAssessment.Factor, String> answers, boolean complete) {
        desk.work(viewer, at, id, complete ? "SEXTING_ASSESSMENT_COMPLETED" : "SEXTING_ASSESSMENT_SAVED",
                c -> c.assessSextingRisk(answers, complete, viewer.person(), clock.instant()));
    }

    @Transactional
    public void agencyCheck(Viewer viewer, SchoolId at, ConcernId id, String agency, java.time.LocalDate on,
            String result) {
        desk.work(viewer, at, id, "AGENCY_CHECK_RECORDED",
                c -> c.recordAgencyCheck(new AgencyCheck(agency, on, result, viewer.person(), clock.instant())));
    }

    @Transactional
    public void agencyChecksDone(Viewer viewer, SchoolId at, ConcernId id) {
        desk.work(viewer, at, id, "AGENCY_CHECKS_DONE", Concern::agencyChecksDone);
    }

    @Transactional
    public void planSupport(Viewer viewer, SchoolId at, ConcernId id, int person, String plan,
            java.time.LocalDate reviewOn) {
        desk.work(viewer, at, id, "SUPPORT_PLAN_RECORDED",
                c -> c.planSupport(person, plan, reviewOn, viewer.person(), clock.instant()));
    }

    /** PROC-SX-13: for a victim, the confirmation is the DSL's own. */
    @Transactional
    public void sanction(Viewer viewer, SchoolId at, ConcernId id, int person, Sanction.Policy policy, String sanction,
            boolean dslConfirms, String rationale) {
        var byDsl = viewer.rolesFor(at, null).contains(Role.DSL);
        desk.work(viewer, at, id, "SANCTION_RECORDED", c -> c.sanction(new Sanction(person, policy, sanction, rationale,
                viewer.person(), clock.instant()), dslConfirms, byDsl));
    }

    @Transactional
    public void debrief(Viewer viewer, SchoolId at, ConcernId id, String lessons) {
        desk.work(viewer, at, id, "CONCERN_DEBRIEFED", c -> c.debrief(lessons, viewer.person(), clock.instant()));
    }

    /**
     * Non-sexual evidence (EVD-11). On a sexual case every attachment is refused, and an image or video is named as
     * such from its content, whatever its name says (PROC-SX-02); the attempt is audited and nothing is stored.
     */
    @Transactional(noRollbackFor = ConcernRefused.class)
    public void addEvidence(Viewer viewer, SchoolId at, ConcernId id, String fileName, byte[] content) {
        String detected;
        try {
            detected = tika.detect(content, fileName == null ? "" : fileName);
        } catch (RuntimeException e) {
            detected = "application/octet-stream";
        }
        var imagery = detected.startsWith("image/") || detected.startsWith("video/");
        var concern = desk.found(at, id);
        if (!desk.accessOf(viewer, concern).mayWork()) {
            throw new AccessDeniedException("only those who may work this case can add to it");
        }
        if (concern.sexual()) {
            audit.record("EVIDENCE_REFUSED", "concern", id, at.value(), Outcome.DENIED,
                    detected + (imagery ? " imagery" : "") + " on a sexual case; not stored");
            throw new ConcernRefused(imagery
                    ? "This file is an image or video. Tutela never stores imagery on a case like this: secure the device"
                            + " instead and record its custody. Do not view, copy or forward it."
                    : "Files cannot be attached to a case of this kind: record the device's custody instead.");
        }
        if (content.length == 0 || content.length > MAX_EVIDENCE_BYTES) {
            throw new ConcernRefused("Attach a file of up to 5 MB");
        }
        records.addEvidence(id, fileName == null ? "evidence" : fileName, detected, content, viewer.person(),
                clock.instant());
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "EVIDENCE", "Evidence attached: "
                + (fileName == null ? "evidence" : fileName) + " (" + detected + ")", clock.instant());
        audit.record("EVIDENCE_ADDED", "concern", id, at.value(), Outcome.ALLOWED, detected);
    }

    /** EVD-08: a place where a copy of the material is known to exist. */
    @Transactional
    public void knownCopy(Viewer viewer, SchoolId at, ConcernId id, String location) {
        if (location == null || location.isBlank()) {
            throw new ConcernRefused("Say where the copy is (e.g. a pupil's phone, an email inbox, a cloud account)");
        }
        desk.requireWorker(viewer, at, id);
        records.add(id, new KnownCopy(UUID.randomUUID(), location, KnownCopy.Status.PRESENT, null, null, null, null,
                viewer.person(), clock.instant()));
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "COPY", "Known copy: " + location.trim(),
                clock.instant());
        audit.record("KNOWN_COPY_RECORDED", "concern", id, at.value(), Outcome.ALLOWED, null);
    }

    /** EVD-06, EVD-08: a copy seized, deleted (after the gated deletion) or kept at the police's written request. */
    @Transactional
    public void copyChanged(Viewer viewer, SchoolId at, ConcernId id, UUID copy, KnownCopy.Status to,
            String policeReference, boolean written, String custodian, String storedAt) {
        desk.requireWorker(viewer, at, id);
        var known = records.copies(id).stream().filter(c -> c.id().equals(copy)).findFirst()
                .orElseThrow(() -> new ConcernRefused("No such copy on this case"));
        var concern = desk.found(at, id);
        KnownCopy.checkChange(to, policeReference, written, custodian, storedAt, concern.done(ActionCode.DELETE_COPIES));
        records.change(id, copy, to, trim(policeReference), written, trim(custodian), trim(storedAt));
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "COPY", "Copy at " + known.location() + ": "
                + to.label() + (to == KnownCopy.Status.RETAINED_AT_POLICE_REQUEST
                        ? " (police reference " + policeReference.trim() + ", held by " + custodian.trim() + ")" : ""),
                clock.instant());
        audit.record("KNOWN_COPY_CHANGED", "concern", id, at.value(), Outcome.ALLOWED, to.name());
    }

    /**
     * PROC-SX-06: a viewing of suspected imagery. Anyone but the DSL must say why the DSL could not, and a viewing by
     * someone who is neither the DSL nor a deputy is flagged to the headteacher.
     */
    @Transactional
    public void imageryViewed(Viewer viewer, SchoolId at, ConcernId id, PersonId viewedBy, Instant viewedAt,
            ImageryViewing.Reason reason, String whyNotTheDsl) {
        desk.requireWorker(viewer, at, id);
        var concern = desk.found(at, id);
        if (!concern.sexual()) {
            throw new ConcernRefused("Viewings are recorded on cases of sexual imagery only");
        }
        var roles = people.rolesOf(viewedBy).stream().filter(r -> at.equals(r.school())).map(r -> r.role()).toList();
        var viewing = new ImageryViewing(viewedBy, viewedAt, reason, trim(whyNotTheDsl));
        ImageryViewing.check(viewing, roles.contains(Role.DSL));
        records.add(id, viewing, clock.instant());
        var name = people.find(viewedBy).map(p -> p.fullName()).orElse("Someone");
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "VIEWING", "Imagery viewed by " + name + ": "
                + reason.label() + (viewing.whyNotTheDsl() == null ? "" : "; the DSL could not: " + viewing.whyNotTheDsl()),
                clock.instant());
        audit.record("IMAGERY_VIEWING_RECORDED", "concern", id, at.value(), Outcome.ALLOWED, name);
        if (!roles.contains(Role.DSL) && !roles.contains(Role.DEPUTY_DSL)) {
            notifications.headteacherAlert(concern, "Suspected imagery was viewed by someone who is not the DSL");
        }
    }

    /** PROC-IIOC-06: what the police statement pack will say; what is left empty prints as "not known". */
    @Transactional
    public void policeStatement(Viewer viewer, SchoolId at, ConcernId id, PoliceStatement statement) {
        desk.requireWorker(viewer, at, id);
        records.save(id, statement, viewer.person(), clock.instant());
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "STATEMENT", "Police statement pack updated",
                clock.instant());
        audit.record("POLICE_STATEMENT_UPDATED", "concern", id, at.value(), Outcome.ALLOWED, null);
    }

    /** The police statement pack as a text-only PDF, watermarked, with its purpose and recipient audited (ACC-14). */
    @Transactional
    public byte[] exportPoliceStatement(Viewer viewer, SchoolId at, ConcernId id, String purpose, String recipient) {
        desk.requireWorker(viewer, at, id);
        if (purpose == null || purpose.isBlank() || recipient == null || recipient.isBlank()) {
            throw new ConcernRefused("Say why you are exporting the statement and who will receive it");
        }
        var concern = desk.found(at, id);
        var now = clock.instant();
        var watermark = TextOnlyPdf.watermark(viewer.displayName(), now, recipient.trim());
        var model = new java.util.HashMap<String, Object>();
        model.put("reference", concern.reference());
        model.put("school", desk.school(at).name());
        model.put("purpose", purpose.trim());
        model.put("recipient", recipient.trim());
        model.put("watermark", watermark);
        model.put("headings", records.statement(id).headings());
        model.put("description", concern.report().description());
        var document = pdf.render("concern/statement-pdf", model);
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "EXPORT", "Police statement pack exported for "
                + recipient.trim() + ": " + purpose.trim(), now);
        audit.record("POLICE_STATEMENT_EXPORTED", "concern", id, at.value(), Outcome.ALLOWED,
                "format: PDF; purpose: " + purpose.trim() + "; recipient: " + recipient.trim());
        return document;
    }

    /** INC-17: the vulnerability factors of a learner involved in this case, kept for the next case too. */
    @Transactional
    public void vulnerabilities(Viewer viewer, SchoolId at, ConcernId id, PersonId learner,
            java.util.Set<Vulnerabilities.Flag> flags) {
        desk.requireWorker(viewer, at, id);
        var concern = desk.found(at, id);
        if (concern.involved().stream().noneMatch(i -> learner.equals(i.person())
                && i.kind() == org.tutela.procedure.Party.Kind.LEARNER)) {
            throw new ConcernRefused("Vulnerabilities are recorded for a learner involved in this case");
        }
        vulnerabilities.set(learner, flags, viewer.person());
        concerns.addEntry(id, viewer.person(), viewer.displayName(), "VULNERABILITY", "Vulnerabilities of "
                + people.find(learner).map(p -> p.fullName()).orElse("a learner") + " recorded: "
                + (flags.isEmpty() ? "none" : String.join(", ", flags.stream().map(Vulnerabilities.Flag::label).toList())),
                clock.instant());
        audit.record("VULNERABILITIES_RECORDED", "person", learner, at.value(), Outcome.ALLOWED, flags.toString());
    }

    /** A technical task as technical staff see it: what to do and by when, never who or what happened (ACC-05). */
    public record TechnicalTask(ConcernId concern, String reference, ActionCode code, String text, Instant dueAt) {
    }

    public List<TechnicalTask> technicalTasks(Viewer viewer, SchoolId at) {
        return concerns.ofSchool(at, true).stream()
                .map(summary -> concerns.find(summary.id()).orElseThrow())
                .filter(c -> mayDoTasks(viewer, c))
                .flatMap(c -> c.actions().stream().filter(a -> a.technical() && a.outstanding())
                        .map(a -> new TechnicalTask(c.id(), c.reference(), a.code(), a.text(), a.dueAt())))
                .toList();
    }

    /** EVD-04: the task closes only with the system, the item, the time and access blocked for all users. */
    @Transactional
    public void completeTechnicalTask(Viewer viewer, SchoolId at, ConcernId id, ActionCode code, String system,
            String item, boolean blockedForAll) {
        var concern = desk.found(at, id);
        if (!mayDoTasks(viewer, concern)) {
            throw new AccessDeniedException("technical tasks are for technical staff");
        }
        if (trim(system) == null || trim(item) == null) {
            throw new ConcernRefused("Record the system and the item");
        }
        if (code == ActionCode.BLOCK_AND_ISOLATE && !blockedForAll) {
            throw new ConcernRefused("Confirm that access is blocked for all users");
        }
        concern.complete(code, null, "Technical task done", "system: " + system.trim() + "; item: " + item.trim()
                + (blockedForAll ? "; access blocked for all users" : ""), viewer.person(), clock.instant());
        concerns.save(concern, viewer.person(), viewer.displayName(), clock.instant());
        audit.record("TECHNICAL_TASK_DONE", "concern", id, at.value(), Outcome.ALLOWED, code.name());
    }

    private boolean mayDoTasks(Viewer viewer, Concern concern) {
        var access = desk.accessOf(viewer, concern).access();
        return access.has(AccessLevel.TASK_ONLY) || access.has(AccessLevel.OWN_KIND_OF_ITEMS);
    }

    private void completeIfOutstanding(Concern c, ActionCode code, Boolean decision, String note, PersonId by) {
        c.record(code, decision, note, by, clock.instant());
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
