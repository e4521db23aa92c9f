package org.tutela.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.procedure.ActionCode;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;
import org.tutela.school.access.RecordClass;

/**
 * Tells the right people at once that a concern is waiting, in the app and by email, and escalates one that nobody
 * acknowledges along the rota to the headteacher or the alternate (INC-04, INC-05, ACC-04, E-25). The email says
 * only that a concern is waiting, with a link: never who or what. The person a concern is about is never told.
 */
@Component
public class ConcernNotifications {

    private static final Logger log = LoggerFactory.getLogger(ConcernNotifications.class);

    private final Concerns concerns;
    private final People people;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final Duration acknowledgeWithin;
    private final int removalRecheckDays;
    private final DslRota rota;
    private final SchoolCalendar calendar;

    ConcernNotifications(Concerns concerns, People people, DslRota rota, SchoolCalendar calendar, JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            Clock clock, @Value("${tutela.mail.from:tutela@localhost}") String from,
            @Value("${tutela.base-url:http://localhost:8080}") String baseUrl,
            @Value("${tutela.concerns.acknowledge-within:PT15M}") Duration acknowledgeWithin,
            @Value("${tutela.concerns.removal-recheck-days:7}") int removalRecheckDays) {
        this.removalRecheckDays = removalRecheckDays;
        this.concerns = concerns;
        this.people = people;
        this.rota = rota;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    @ApplicationModuleListener
    void on(ConcernReported reported) {
        var concern = concerns.find(reported.concern()).orElseThrow();
        var reason = reported.immediateRisk() ? "A concern marked IMMEDIATE RISK is waiting for you"
                : "A concern is waiting for you";
        recipients(concern).values().forEach(person -> notify(concern, person, reason));
    }

    /** Who hears of a new concern: the DSL and deputies, plus whoever the rules name, never the subject. */
    Map<PersonId, Person> recipients(Concern concern) {
        var school = concern.school();
        var subjects = concern.subjects();
        var to = new LinkedHashMap<PersonId, Person>();
        if (concern.report().whistleblowing()) {
            add(to, alternates(school), subjects);
            return to;
        }
        add(to, onDuty(school), subjects);
        var codes = concern.actions().stream().filter(CaseAction::outstanding).map(CaseAction::code).toList();
        if (codes.contains(ActionCode.HEADTEACHER) || concern.recordClass() == RecordClass.R2
                || codes.contains(ActionCode.LADO)) {
            add(to, people.holding(Role.HEADTEACHER, school), subjects);
        }
        if (codes.contains(ActionCode.OSL) && concern.recordClass() == RecordClass.R3) {
            add(to, people.holding(Role.ONLINE_SAFETY_LEAD, school), subjects);
        }
        if (codes.contains(ActionCode.WHISTLEBLOWING_ALTERNATE) || subjectsHold(concern, Role.DSL, Role.HEADTEACHER)) {
            add(to, alternates(school), subjects);
        }
        if (to.isEmpty()) {
            add(to, alternates(school), subjects);
        }
        return to;
    }

    /**
     * INC-05: after the acknowledgement time, the next one on the DSL rota after the first is alerted by name (or the
     * whole rota again when there is nobody else on it); after twice that, the headteacher, or the alternate when the
     * headteacher is the subject or is already on the rota. Each step is in the chronology.
     */
    @Scheduled(fixedDelayString = "${tutela.concerns.acknowledgement-check:PT1M}")
    @Transactional
    public void escalateUnacknowledged() {
        var now = clock.instant();
        // Each school's calendar is read once a run, however many of its concerns wait.
        var hours = new java.util.HashMap<SchoolId, SchoolHours>();
        for (var summary : concerns.unacknowledged(now, 0)) {
            if (now.isBefore(acknowledgementDue(summary, 1, hours.computeIfAbsent(summary.school(), this::hoursOf)))) {
                continue;
            }
            var concern = concerns.find(summary.id()).orElseThrow();
            var within = "Not acknowledged within " + acknowledgeWithin.toMinutes() + " minutes"
                    + (summary.immediateRisk() ? "" : " of school time");
            var next = concern.report().whistleblowing() ? null : nextOnTheRota(concern);
            if (next != null) {
                notify(concern, next, "Nobody has acknowledged a concern: you are next on the DSL rota");
            } else {
                recipients(concern).values().forEach(p -> notify(concern, p,
                        "Not yet acknowledged: a concern is waiting for you"));
            }
            concerns.reachedAcknowledgementStep(concern.id(), 1);
            concerns.addEntry(concern.id(), null, "Tutela", "ESCALATION", within + (next != null
                    ? ": alerted " + next.fullName() + ", next on the DSL rota"
                    : ": the DSL rota alerted again"), now);
        }
        for (var summary : concerns.unacknowledged(now, 1)) {
            if (now.isBefore(acknowledgementDue(summary, 2, hours.computeIfAbsent(summary.school(), this::hoursOf)))) {
                continue;
            }
            var concern = concerns.find(summary.id()).orElseThrow();
            var rota = recipients(concern);
            var next = new LinkedHashMap<PersonId, Person>();
            add(next, people.holding(Role.HEADTEACHER, concern.school()), concern.subjects());
            next.keySet().removeAll(rota.keySet());
            if (next.isEmpty()) {
                add(next, alternates(concern.school()), concern.subjects());
            }
            next.values().forEach(p -> notify(concern, p, "Not acknowledged by the DSL rota: a concern needs someone now"));
            concerns.reachedAcknowledgementStep(concern.id(), 2);
            concerns.addEntry(concern.id(), null, "Tutela", "ESCALATION", "Not acknowledged within "
                    + acknowledgeWithin.multipliedBy(2).toMinutes() + " minutes"
                    + (summary.immediateRisk() ? "" : " of school time") + ": escalated to "
                    + String.join(", ", next.values().stream().map(Person::fullName).toList()), now);
        }
    }

    /**
     * Each morning: referrals whose follow-up date has come (ESC-02), removal requests still pending (ESC-15),
     * support plans due for review (PROC-SV-04), and, for the headteacher, every open case with a mandatory action
     * past its deadline (ESC-17). The subject of a case is never told of it.
     */
    @Scheduled(cron = "${tutela.concerns.daily-reminders:0 0 7 * * *}", zone = "Europe/London")
    @Transactional
    public void dailyReminders() {
        var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        var due = jdbc.sql("""
                select id, concern_id from concern_referral
                where follow_up_on <= ? and reminded_at is null""")
                .param(today).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        for (var referral : due) {
            var concern = concerns.find(new ConcernId(referral[1])).orElseThrow();
            if (concern.status().open()) {
                workers(concern).values().forEach(p -> notify(concern, p, "A referral's follow-up date has come"));
            }
            jdbc.sql("update concern_referral set reminded_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), referral[0]).update();
        }
        var now = clock.instant();
        removalRechecks(now);
        supportPlanReviews(today);
        for (var id : jdbc.sql("""
                select distinct a.concern_id from concern_action a join concern c on c.id = a.concern_id
                where a.kind = 'MANDATORY' and a.status in ('OPEN', 'STARTED') and a.due_at < ?
                  and c.status not in ('CLOSED', 'DEBRIEFED')""").param(Timestamp.from(now)).query(UUID.class).list()) {
            var concern = concerns.find(new ConcernId(id)).orElseThrow();
            var heads = new LinkedHashMap<PersonId, Person>();
            add(heads, people.holding(Role.HEADTEACHER, concern.school()), concern.subjects());
            heads.values().forEach(p -> notify(concern, p, "A mandatory action on this case is overdue"));
        }
    }

    /**
     * ESC-15, PROC-SV-05: a removal request to a service provider with no result yet, every N days after it was made
     * (or last rechecked), reminds the case's workers to check with the provider again.
     */
    private void removalRechecks(java.time.Instant now) {
        var before = Timestamp.from(now.minus(Duration.ofDays(removalRecheckDays)));
        var due = jdbc.sql("""
                select r.id, r.concern_id from concern_referral r join concern c on c.id = r.concern_id
                where r.agency = 'SERVICE_PROVIDER' and (r.outcome is null or trim(r.outcome) = '')
                  and coalesce(r.recheck_reminded_at, r.made_at) <= ?
                  and c.status not in ('CLOSED', 'DEBRIEFED')""")
                .param(before).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        for (var referral : due) {
            var concern = concerns.find(new ConcernId(referral[1])).orElseThrow();
            workers(concern).values().forEach(p -> notify(concern, p,
                    "A removal request is still pending after " + removalRecheckDays + " days: check with the provider"));
            jdbc.sql("update concern_referral set recheck_reminded_at = ? where id = ?")
                    .params(Timestamp.from(now), referral[0]).update();
        }
    }

    /** PROC-SV-04: on a support plan's review date the case's owner, or the DSL and deputies, are reminded. */
    private void supportPlanReviews(java.time.LocalDate today) {
        var due = jdbc.sql("""
                select p.concern_id, p.person, p.review_on from support_plan p join concern c on c.id = p.concern_id
                where p.review_on <= ? and p.reminded_for is distinct from p.review_on
                  and c.status not in ('CLOSED', 'DEBRIEFED')""")
                .param(today).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, java.time.LocalDate.class)})
                .list();
        for (var plan : due) {
            var concern = concerns.find(new ConcernId((UUID) plan[0])).orElseThrow();
            workers(concern).values().forEach(p -> notify(concern, p, "A support plan is due for review today"));
            jdbc.sql("update support_plan set reminded_for = ? where concern_id = ? and person = ?")
                    .params(plan[2], plan[0], plan[1]).update();
        }
    }

    /** Something the headteacher must know about a case (not its subject; the alternate when the head is). */
    public void headteacherAlert(Concern concern, String reason) {
        var heads = new LinkedHashMap<PersonId, Person>();
        add(heads, people.holding(Role.HEADTEACHER, concern.school()), concern.subjects());
        if (heads.isEmpty()) {
            add(heads, alternates(concern.school()), concern.subjects());
        }
        heads.values().forEach(p -> notify(concern, p, reason));
    }

    /** ESC-19: a case escalated to the trust closed; the trust's safeguarding officers are told. */
    public void closed(Concern concern) {
        if (concern.escalatedToTrustAt() == null) {
            return;
        }
        var officers = new LinkedHashMap<PersonId, Person>();
        add(officers, people.holding(Role.TRUST_SAFEGUARDING_OFFICER, concern.school()), concern.subjects());
        officers.values().forEach(p -> notify(concern, p, "A case escalated to the trust has been closed"));
    }

    /** Those who work the case: its owner if assigned, else the DSL and deputies; never its subject. */
    private Map<PersonId, Person> workers(Concern concern) {
        var to = new LinkedHashMap<PersonId, Person>();
        if (concern.assignedTo() != null) {
            people.find(concern.assignedTo()).filter(Person::active).ifPresent(p -> add(to, List.of(p), concern.subjects()));
        }
        if (to.isEmpty()) {
            return recipients(concern);
        }
        return to;
    }

    /** The school's hours with its closures, in which the acknowledgement timer runs. */
    public SchoolHours hoursOf(SchoolId school) {
        return calendar.hoursOf(school);
    }

    /**
     * When the acknowledgement (times {@code periods}) falls due: in the school's hours ({@link #hoursOf}), or by the
     * clock at immediate risk.
     */
    public java.time.Instant acknowledgementDue(Concerns.Summary concern, int periods, SchoolHours hours) {
        return hours.acknowledgementDue(concern.reportedAt(), acknowledgeWithin.multipliedBy(periods),
                concern.immediateRisk());
    }

    public record Notice(UUID id, ConcernId concern, SchoolId school, String reference, String reason,
            java.time.Instant at) {
    }

    public List<Notice> unread(PersonId person) {
        return jdbc.sql("""
                select n.id, n.concern_id, c.school_id, c.reference, n.reason, n.created_at
                from concern_notification n join concern c on c.id = n.concern_id
                where n.recipient = ? and n.read_at is null order by n.created_at desc""")
                .param(person.value())
                .query((rs, i) -> new Notice(rs.getObject(1, UUID.class), new ConcernId(rs.getObject(2, UUID.class)),
                        new SchoolId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Opening a case marks its notices to that person as read. */
    public void read(PersonId person, ConcernId concern) {
        jdbc.sql("update concern_notification set read_at = ? where recipient = ? and concern_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), person.value(), concern.value()).update();
    }

    private void notify(Concern concern, Person person, String reason) {
        var emailed = email(concern, person, reason);
        jdbc.sql("""
                insert into concern_notification (id, concern_id, recipient, reason, created_at, emailed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), concern.id().value(), person.id().value(), reason,
                        Timestamp.from(clock.instant()), emailed ? Timestamp.from(clock.instant()) : null)
                .update();
    }

    private boolean email(Concern concern, Person person, String reason) {
        var sender = mail.getIfAvailable();
        if (sender == null || person.email() == null) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(person.email());
        message.setSubject("Tutela: " + reason.toLowerCase(java.util.Locale.ROOT).replaceFirst("^a ", "a "));
        message.setText(reason + ".\n\nSign in to Tutela to read it:\n" + baseUrl + "/schools/" + concern.school()
                + "/concerns/" + concern.id() + "\n\nThis email does not say who or what the concern is about.\n");
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            // The in-app notice stands; the failure is logged for the technical staff, without any detail.
            log.warn("Could not email a concern notice for {}: {}", concern.reference(), e.getMessage());
            return false;
        }
    }

    /** The DSL rota in its order: those present, or everyone on it when all are away. */
    private List<Person> onDuty(SchoolId school) {
        var present = rota.present(school);
        return (present.isEmpty() ? rota.of(school) : present).stream().map(DslRota.Member::person).toList();
    }

    /** The second one present on the rota, leaving out the concern's subjects; none when the rota has only one. */
    private Person nextOnTheRota(Concern concern) {
        var onRota = onDuty(concern.school()).stream().filter(p -> !concern.subjects().contains(p.id())).toList();
        return onRota.size() < 2 ? null : onRota.get(1);
    }

    /** The alternate recipient when the DSL or headteacher is the subject (ACC-04): the chair of governors. */
    private List<Person> alternates(SchoolId school) {
        return people.holding(Role.CHAIR_OF_GOVERNORS, school);
    }

    private boolean subjectsHold(Concern concern, Role... roles) {
        var wanted = Set.of(roles);
        return concern.subjects().stream().anyMatch(subject -> people.rolesOf(subject).stream()
                .anyMatch(held -> concern.school().equals(held.school()) && wanted.contains(held.role())));
    }

    private static void add(Map<PersonId, Person> to, List<Person> persons, Set<PersonId> subjects) {
        persons.stream().filter(p -> !subjects.contains(p.id())).forEach(p -> to.putIfAbsent(p.id(), p));
    }
}
