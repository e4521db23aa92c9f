package org.tutela.concern;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ActionKind;
import org.tutela.procedure.Because;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.ConcernKind.RiskArea;
import org.tutela.procedure.Fact;
import org.tutela.procedure.Party;
import org.tutela.school.ChangedMeanwhile;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;
import org.tutela.school.access.CaseGrant;
import org.tutela.school.access.RecordClass;

/** Concerns as stored: the concern row, its people, its actions, its grants, and the append-only chronology. */
@Repository
public class Concerns {

    private final JdbcClient jdbc;
    private final ProcedureRecordRows procedureRecords;

    Concerns(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.procedureRecords = new ProcedureRecordRows(jdbc);
    }

    /** A reference staff can read out on the phone: school initials, year and a number, e.g. HP-2026-0042. */
    public String nextReference(String schoolName, Instant now) {
        var initials = Arrays.stream(schoolName.split("[^A-Za-z]+")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase()).collect(Collectors.joining());
        var number = jdbc.sql("select nextval('concern_number')").query(Long.class).single();
        return (initials.isEmpty() ? "C" : initials) + "-" + Year.from(now.atZone(ZoneOffset.UTC)) + "-"
                + String.format("%04d", number);
    }

    public void add(Concern concern, PersonId actor, String actorName, Instant now) {
        var r = concern.report();
        jdbc.sql("""
                insert into concern (id, school_id, reference, reported_by, reporter_name, reporter_kind, reported_at,
                    source, happened_on, location, device, platform, description, immediate_action, immediate_risk,
                    emergency_called, emergency_called_at, emergency_caller, whistleblowing, kinds, record_class, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(concern.id().value(), concern.school().value(), concern.reference(),
                        r.reportedBy() == null ? null : r.reportedBy().value(), r.reporterName(),
                        r.reporterKind().name(), Timestamp.from(r.reportedAt()), r.source().name(), r.happenedOn(),
                        r.location().name(), r.device().name(), r.platform(), r.description(), r.immediateAction(),
                        r.immediateRisk(), r.emergencyCall() == null ? null : r.emergencyCall().called(),
                        r.emergencyCall() == null || r.emergencyCall().at() == null ? null
                                : Timestamp.from(r.emergencyCall().at()),
                        r.emergencyCall() == null ? null : r.emergencyCall().caller(), r.whistleblowing(),
                        names(concern.kinds()), concern.recordClass().name(), concern.status().name())
                .update();
        save(concern, actor, actorName, now, -1);
    }

    /** Saves every change, refusing when someone else changed the concern since it was read. */
    public void save(Concern concern, PersonId actor, String actorName, Instant now) {
        save(concern, actor, actorName, now, concern.version());
    }

    private void save(Concern concern, PersonId actor, String actorName, Instant now, int expectedVersion) {
        var closure = concern.closure();
        var byKind = closure == null ? ClosureByKind.NONE : closure.byKind();
        var updated = jdbc.sql("""
                update concern set kinds = ?, risk_areas = ?, facts = ?, record_class = ?, status = ?, assigned_to = ?,
                    acknowledged_by = ?, acknowledged_at = ?, escalated_to_trust_at = ?, police_hold = ?,
                    rule_set_version = ?, banners = ?, parents_decision = ?, parents_detail = ?, outcome = ?,
                    support_offered = ?, closure_override = ?, closed_at = ?, closed_by = ?, debrief = ?,
                    debriefed_at = ?, debriefed_by = ?, ceop_self_report = ?, channel_form_on = ?,
                    channel_reference = ?, channel_consent = ?, breach = ?, staff_outcome = ?, staff_outcome_detail = ?,
                    welfare_offered = ?, welfare_detail = ?, policy_applied = ?, civil_or_legal_action = ?,
                    version = version + 1
                where id = ? and (version = ? or ? = -1)""")
                .params(names(concern.kinds()), names(concern.riskAreas()), names(concern.facts()),
                        concern.recordClass().name(), concern.status().name(), uuid(concern.assignedTo()),
                        uuid(concern.acknowledgedBy()), ts(concern.acknowledgedAt()), ts(concern.escalatedToTrustAt()),
                        concern.policeHold(), concern.ruleSetVersion(), concern.banners().toArray(String[]::new),
                        closure == null || closure.parentsDecision() == null ? null : closure.parentsDecision().name(),
                        closure == null ? null : closure.parentsDetail(), closure == null ? null : closure.outcome(),
                        closure == null ? null : closure.supportOffered(), closure == null ? null : closure.override(),
                        closure == null ? null : ts(closure.closedAt()), closure == null ? null : uuid(closure.closedBy()),
                        concern.debrief(), concern.status() == ConcernStatus.DEBRIEFED ? ts(now) : null,
                        concern.status() == ConcernStatus.DEBRIEFED ? uuid(actor) : null,
                        name(byKind.ceopSelfReport()), byKind.channelFormOn(), byKind.channelReference(),
                        closure == null ? null : byKind.channelConsent(), name(byKind.breach()),
                        name(byKind.staffOutcome()), byKind.staffOutcomeDetail(), byKind.welfareOffered(),
                        byKind.welfareDetail(), byKind.policyApplied(), byKind.civilOrLegalAction(),
                        concern.id().value(), expectedVersion, expectedVersion)
                .update();
        if (updated == 0) {
            throw new ChangedMeanwhile("Someone else changed this concern meanwhile: reload it and try again");
        }
        jdbc.sql("delete from concern_person where concern_id = ?").param(concern.id().value()).update();
        var position = 0;
        for (var person : concern.involved()) {
            jdbc.sql("""
                    insert into concern_person (concern_id, position, person_id, kind, involvement, description, date_of_birth)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(concern.id().value(), position++, uuid(person.person()), person.kind().name(),
                            person.involvement().name(), person.description(), person.dateOfBirth())
                    .update();
        }
        for (var action : concern.actions()) {
            jdbc.sql("""
                    insert into concern_action (concern_id, code, kind, due_at, text, because, must_precede, needs_one_of,
                        status, decision, note, done_by, done_at, details, created_at, completed_by, evidence)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (concern_id, code) do update set kind = excluded.kind, due_at = excluded.due_at,
                        text = excluded.text, because = excluded.because, must_precede = excluded.must_precede,
                        needs_one_of = excluded.needs_one_of, status = excluded.status, decision = excluded.decision,
                        note = excluded.note, done_by = excluded.done_by, done_at = excluded.done_at,
                        details = excluded.details, completed_by = excluded.completed_by,
                        evidence = excluded.evidence""")
                    .params(concern.id().value(), action.code().name(), action.kind().name(), ts(action.dueAt()),
                            action.text(), because(action.because(), action.requiredNow()), names(action.mustPrecede()),
                            names(action.needsOneOf()), action.status().name(), action.decision(), action.note(),
                            uuid(action.doneBy()), ts(action.doneAt()), action.details(), ts(action.createdAt()),
                            names(action.completedBy()), action.evidence().toArray(String[]::new))
                    .update();
        }
        var storedGrants = jdbc.sql("select count(*) from concern_grant where concern_id = ?")
                .param(concern.id().value()).query(Integer.class).single();
        var grants = concern.grants();
        for (var grant : grants.subList(storedGrants, grants.size())) {
            jdbc.sql("""
                    insert into concern_grant (concern_id, grantee, reason, expires_at, working, granted_by, granted_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(concern.id().value(), grant.grantee().value(), grant.reason(), ts(grant.expiresAt()),
                            grant.working(), uuid(actor), ts(now))
                    .update();
        }
        procedureRecords.save(concern.id(), concern.procedureRecords());
        for (var text : concern.takeEntries()) {
            addEntry(concern.id(), actor, actorName, "CHANGE", text, now);
        }
    }

    public void addEntry(ConcernId concern, PersonId actor, String actorName, String kind, String text, Instant at) {
        jdbc.sql("""
                insert into concern_entry (id, concern_id, at, actor_id, actor_name, kind, text)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), concern.value(), ts(at), uuid(actor), actorName, kind, text).update();
    }

    public Optional<Concern> find(ConcernId id) {
        return jdbc.sql("select * from concern where id = ?").param(id.value()).query(this::concern).optional();
    }

    public record Entry(UUID id, Instant at, String actorName, String kind, String text) {
    }

    public List<Entry> chronology(ConcernId id) {
        return jdbc.sql("select id, at, actor_name, kind, text from concern_entry where concern_id = ? order by at, seq")
                .param(id.value())
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_name"), rs.getString("kind"), rs.getString("text")))
                .list();
    }

    /** One line of a list of concerns: enough to sort and route, none of the narrative. */
    public record Summary(ConcernId id, SchoolId school, String reference, Instant reportedAt, PersonId reportedBy,
            Set<ConcernKind> kinds, RecordClass recordClass, ConcernStatus status, boolean immediateRisk,
            PersonId assignedTo, Instant acknowledgedAt, int acknowledgementStep, Instant escalatedToTrustAt) {
    }

    private static final String SUMMARY = """
            select id, school_id, reference, reported_at, reported_by, kinds, record_class, status, immediate_risk,
                   assigned_to, acknowledged_at, acknowledgement_step, escalated_to_trust_at from concern
            """;

    public List<Summary> ofSchool(SchoolId school, boolean open) {
        return jdbc.sql(SUMMARY + " where school_id = ? and (not ? or status not in ('CLOSED', 'DEBRIEFED'))"
                        + " order by immediate_risk desc, acknowledged_at nulls first, reported_at")
                .params(school.value(), open).query(Concerns::summary).list();
    }

    public List<Summary> reportedBy(PersonId person) {
        return jdbc.sql(SUMMARY + " where reported_by = ? order by reported_at desc").param(person.value())
                .query(Concerns::summary).list();
    }

    /** Concerns involving a person, for previous involvement (INC-10) and the chronology of a learner. */
    public List<Summary> involving(PersonId person) {
        return jdbc.sql(SUMMARY + " where id in (select concern_id from concern_person where person_id = ?)"
                        + " order by reported_at").param(person.value())
                .query(Concerns::summary).list();
    }

    /**
     * New concerns nobody has acknowledged, reported before a time, at the step of the rota they have reached; the
     * caller decides, in school time, which of them are due.
     */
    public List<Summary> unacknowledged(Instant reportedBefore, int step) {
        return jdbc.sql(SUMMARY + " where acknowledged_at is null and status = 'NEW' and reported_at < ?"
                        + " and acknowledgement_step = ?")
                .params(ts(reportedBefore), step).query(Concerns::summary).list();
    }

    public void reachedAcknowledgementStep(ConcernId id, int step) {
        jdbc.sql("update concern set acknowledgement_step = ? where id = ? and acknowledgement_step < ?")
                .params(step, id.value(), step).update();
    }

    public String outcomeOf(ConcernId id) {
        return jdbc.sql("select outcome from concern where id = ?").param(id.value()).query(String.class).optional()
                .orElse(null);
    }

    private Concern concern(ResultSet rs, int row) throws SQLException {
        var id = new ConcernId(rs.getObject("id", UUID.class));
        var emergencyCalled = (Boolean) rs.getObject("emergency_called");
        var report = new Concern.Report(person(rs, "reported_by"), rs.getString("reporter_name"),
                Intake.ReporterKind.valueOf(rs.getString("reporter_kind")), rs.getTimestamp("reported_at").toInstant(),
                Intake.Source.valueOf(rs.getString("source")), rs.getObject("happened_on", LocalDate.class),
                Intake.Location.valueOf(rs.getString("location")), Intake.Device.valueOf(rs.getString("device")),
                rs.getString("platform"), rs.getString("description"), rs.getString("immediate_action"),
                rs.getBoolean("immediate_risk"), emergencyCalled == null ? null
                        : new Concern.EmergencyCall(emergencyCalled, instant(rs, "emergency_called_at"),
                                rs.getString("emergency_caller")),
                rs.getBoolean("whistleblowing"));
        var concern = new Concern(id, new SchoolId(rs.getObject("school_id", UUID.class)), rs.getString("reference"),
                report, RecordClass.valueOf(rs.getString("record_class")),
                ConcernStatus.valueOf(rs.getString("status")), rs.getInt("version"));
        var closedAt = instant(rs, "closed_at");
        var parents = rs.getString("parents_decision");
        var closure = closedAt == null ? null : new Concern.Closure(rs.getString("outcome"),
                rs.getString("support_offered"), parents == null ? null : ParentsDecision.valueOf(parents),
                rs.getString("parents_detail"), rs.getString("closure_override"), byKind(rs), person(rs, "closed_by"),
                closedAt);
        concern.restore(enums(rs.getArray("kinds"), ConcernKind.class), enums(rs.getArray("risk_areas"), RiskArea.class),
                enums(rs.getArray("facts"), Fact.class), involved(id), actions(id), grants(id),
                person(rs, "assigned_to"), person(rs, "acknowledged_by"), instant(rs, "acknowledged_at"),
                instant(rs, "escalated_to_trust_at"), rs.getBoolean("police_hold"), rs.getString("rule_set_version"),
                List.of(strings(rs.getArray("banners"))), closure, rs.getString("debrief"));
        procedureRecords.load(id, rs.getBoolean("agency_checks_done"), concern.procedureRecords());
        return concern;
    }

    private static ClosureByKind byKind(ResultSet rs) throws SQLException {
        var ceop = rs.getString("ceop_self_report");
        var breach = rs.getString("breach");
        var staff = rs.getString("staff_outcome");
        return new ClosureByKind(ceop == null ? null : ClosureByKind.CeopSelfReport.valueOf(ceop),
                rs.getObject("channel_form_on", LocalDate.class), rs.getString("channel_reference"),
                rs.getBoolean("channel_consent"), breach == null ? null : ClosureByKind.Breach.valueOf(breach),
                staff == null ? null : ClosureByKind.StaffOutcome.valueOf(staff), rs.getString("staff_outcome_detail"),
                (Boolean) rs.getObject("welfare_offered"), rs.getString("welfare_detail"),
                rs.getString("policy_applied"), rs.getString("civil_or_legal_action"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private List<Involved> involved(ConcernId id) {
        return jdbc.sql("select * from concern_person where concern_id = ? order by position").param(id.value())
                .query((rs, n) -> new Involved(person(rs, "person_id"), Party.Kind.valueOf(rs.getString("kind")),
                        Party.Involvement.valueOf(rs.getString("involvement")), rs.getString("description"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }

    private List<CaseAction> actions(ConcernId id) {
        return jdbc.sql("select * from concern_action where concern_id = ? order by created_at, code").param(id.value())
                .query((rs, n) -> {
                    var because = rs.getString("because");
                    return new CaseAction(ActionCode.valueOf(rs.getString("code")),
                            ActionKind.valueOf(rs.getString("kind")), instant(rs, "due_at"), rs.getString("text"),
                            becauseOf(because), enums(rs.getArray("must_precede"), ActionCode.class),
                            enums(rs.getArray("needs_one_of"), ActionCode.class),
                            ActionStatus.valueOf(rs.getString("status")), (Boolean) rs.getObject("decision"),
                            rs.getString("note"), person(rs, "done_by"), instant(rs, "done_at"), rs.getString("details"),
                            instant(rs, "created_at"), !because.startsWith("-\n"),
                            enums(rs.getArray("completed_by"), Role.class), List.of(strings(rs.getArray("evidence"))));
                })
                .list();
    }

    private List<CaseGrant> grants(ConcernId id) {
        return jdbc.sql("select grantee, reason, expires_at, working from concern_grant where concern_id = ? order by granted_at")
                .param(id.value())
                .query((rs, n) -> new CaseGrant(new PersonId(rs.getObject("grantee", UUID.class)), rs.getString("reason"),
                        instant(rs, "expires_at"), rs.getBoolean("working")))
                .list();
    }

    // The reasons as lines of "rule id \t rule \t reference \t rule set"; a leading "-" line marks an action the
    // rules no longer ask for.
    private static String because(List<Because> because, boolean requiredNow) {
        var lines = because.stream().map(b -> String.join("\t", b.ruleId(), b.rule(), b.reference(), b.ruleSet()))
                .collect(Collectors.joining("\n"));
        return requiredNow ? lines : "-\n" + lines;
    }

    private static List<Because> becauseOf(String text) {
        var list = new ArrayList<Because>();
        for (var line : text.split("\n")) {
            var parts = line.split("\t", -1);
            if (parts.length == 4) {
                list.add(new Because(parts[0], parts[1], parts[2], parts[3]));
            }
        }
        return list;
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(new ConcernId(rs.getObject("id", UUID.class)), new SchoolId(rs.getObject("school_id", UUID.class)),
                rs.getString("reference"), rs.getTimestamp("reported_at").toInstant(), person(rs, "reported_by"),
                enums(rs.getArray("kinds"), ConcernKind.class), RecordClass.valueOf(rs.getString("record_class")),
                ConcernStatus.valueOf(rs.getString("status")), rs.getBoolean("immediate_risk"),
                person(rs, "assigned_to"), instant(rs, "acknowledged_at"), rs.getInt("acknowledgement_step"),
                instant(rs, "escalated_to_trust_at"));
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        var set = EnumSet.noneOf(type);
        for (var name : strings(array)) {
            set.add(Enum.valueOf(type, name));
        }
        return set;
    }

    private static PersonId person(ResultSet rs, String column) throws SQLException {
        var id = rs.getObject(column, UUID.class);
        return id == null ? null : new PersonId(id);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static UUID uuid(PersonId id) {
        return id == null ? null : id.value();
    }

}
