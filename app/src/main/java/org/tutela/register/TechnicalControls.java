package org.tutela.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * The technical register of prevention controls (PROC-IIOC-08): that the ISP or filter uses the IWF block list, and
 * that filtering, firewall, anti-spam and anti-virus are in place, each with the date it was last verified and by
 * whom. Every change is audited.
 */
@Repository
public class TechnicalControls {

    public enum Kind {
        IWF_BLOCK_LIST("IWF block list", "The internet service provider or the filter blocks the Internet Watch"
                + " Foundation's list of child sexual abuse web pages (IWF membership)"),
        WEB_FILTERING("Web filtering", "Filtering of the school's internet connection"),
        FIREWALL("Firewall", "The firewall between the school network and the internet"),
        ANTI_SPAM("Anti-spam", "Filtering of spam and phishing in school email"),
        ANTI_VIRUS("Anti-virus", "Protection against malware on school devices and servers");

        private final String label;
        private final String description;

        Kind(String label, String description) {
            this.label = label;
            this.description = description;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }
    }

    /** What is recorded about one control. */
    public record Details(Kind kind, String provider, String howInPlace, LocalDate verifiedOn, String verifiedBy,
            LocalDate nextCheckDue) {
    }

    public record TechnicalControl(UUID id, Kind kind, String provider, String howInPlace, LocalDate verifiedOn,
            String verifiedBy, LocalDate nextCheckDue, int version) {

        public boolean checkOverdue(LocalDate today) {
            return nextCheckDue.isBefore(today);
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    TechnicalControls(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TechnicalControl> of(SchoolId school) {
        return jdbc.sql("""
                select id, kind, provider, how_in_place, verified_on, verified_by, next_check_due, version
                from technical_control where school_id = ?
                order by array_position(array['IWF_BLOCK_LIST', 'WEB_FILTERING', 'FIREWALL', 'ANTI_SPAM', 'ANTI_VIRUS'],
                                        kind), verified_on desc""")
                .param(school.value()).query(TechnicalControls::control).list();
    }

    public Optional<TechnicalControl> find(SchoolId school, UUID control) {
        return jdbc.sql("""
                select id, kind, provider, how_in_place, verified_on, verified_by, next_check_due, version
                from technical_control where school_id = ? and id = ?""")
                .params(school.value(), control).query(TechnicalControls::control).optional();
    }

    public UUID record(SchoolId school, Details details, PersonId by) {
        var checked = checked(details);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into technical_control (id, school_id, kind, provider, how_in_place, verified_on, verified_by,
                                               next_check_due, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, school.value(), checked.kind().name(), checked.provider(), checked.howInPlace(),
                        checked.verifiedOn(), checked.verifiedBy(), checked.nextCheckDue(), by.value(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record("TECHNICAL_CONTROL_RECORDED", "technical_control", id, school.value(), Outcome.ALLOWED,
                checked.kind().label() + ", verified " + checked.verifiedOn());
        return id;
    }

    /** Changes a control as read at {@code expectedVersion}; refused if someone changed it meanwhile. */
    public void change(SchoolId school, UUID control, int expectedVersion, Details details, PersonId by) {
        var checked = checked(details);
        var changed = jdbc.sql("""
                update technical_control set kind = ?, provider = ?, how_in_place = ?, verified_on = ?,
                    verified_by = ?, next_check_due = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                where id = ? and school_id = ? and version = ?""")
                .params(checked.kind().name(), checked.provider(), checked.howInPlace(), checked.verifiedOn(),
                        checked.verifiedBy(), checked.nextCheckDue(), by.value(), Timestamp.from(clock.instant()),
                        control, school.value(), expectedVersion)
                .update();
        if (changed == 0) {
            throw new TechnicalControlRefused(null, find(school, control).isPresent()
                    ? "Someone changed this control while you were editing it: open it again to see their change"
                    : "No such control at this school");
        }
        audit.record("TECHNICAL_CONTROL_CHANGED", "technical_control", control, school.value(), Outcome.ALLOWED,
                checked.kind().label() + ", verified " + checked.verifiedOn());
    }

    public void remove(SchoolId school, UUID control) {
        var found = find(school, control)
                .orElseThrow(() -> new TechnicalControlRefused(null, "No such control at this school"));
        jdbc.sql("delete from technical_control where id = ? and school_id = ?").params(control, school.value())
                .update();
        audit.record("TECHNICAL_CONTROL_REMOVED", "technical_control", control, school.value(), Outcome.ALLOWED,
                found.kind().label() + " from " + found.provider());
    }

    public LocalDate today() {
        return SchoolDay.today(clock);
    }

    /** The details as they will be kept: trimmed, complete, with dates that make sense. */
    private Details checked(Details details) {
        if (details.kind() == null) {
            throw new TechnicalControlRefused("kind", "Choose what kind of control this is");
        }
        var provider = trimmed(details.provider());
        if (provider == null) {
            throw new TechnicalControlRefused("provider", "Say who provides it, for example the internet service"
                    + " provider or the filtering company");
        }
        var how = trimmed(details.howInPlace());
        if (how == null) {
            throw new TechnicalControlRefused("howInPlace", "Say how it is in place, for example \"the ISP's filter"
                    + " blocks the IWF list for every connection\"");
        }
        if (provider.length() > 200 || how.length() > 2000) {
            throw new TechnicalControlRefused(provider.length() > 200 ? "provider" : "howInPlace",
                    "That is longer than the register keeps: shorten it");
        }
        if (details.verifiedOn() == null) {
            throw new TechnicalControlRefused("verifiedOn", "Give the date it was last verified");
        }
        if (details.verifiedOn().isAfter(today())) {
            throw new TechnicalControlRefused("verifiedOn", "The date it was verified cannot be in the future");
        }
        var by = trimmed(details.verifiedBy());
        if (by == null) {
            throw new TechnicalControlRefused("verifiedBy", "Say who verified it");
        }
        var due = details.nextCheckDue() == null ? details.verifiedOn().plusYears(1) : details.nextCheckDue();
        if (!due.isAfter(details.verifiedOn())) {
            throw new TechnicalControlRefused("nextCheckDue", "The next check must be after the date it was verified");
        }
        return new Details(details.kind(), provider, how, details.verifiedOn(), by, due);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static TechnicalControl control(ResultSet rs, int row) throws SQLException {
        return new TechnicalControl(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                rs.getString("provider"), rs.getString("how_in_place"), rs.getObject("verified_on", LocalDate.class),
                rs.getString("verified_by"), rs.getObject("next_check_due", LocalDate.class), rs.getInt("version"));
    }
}
