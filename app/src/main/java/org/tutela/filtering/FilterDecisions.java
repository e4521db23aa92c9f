package org.tutela.filtering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.school.SchoolId;

/**
 * Reads the decision log the enforcement points write. Names on the illegal-content lists are never shown: the IWF's
 * and the police's terms forbid repeating them, and nobody needs to see them to act.
 */
@Repository
public class FilterDecisions {

    static final String WITHHELD = "(withheld: illegal-content list)";

    private final JdbcClient jdbc;
    private final Clock clock;

    private final org.tutela.register.Devices devices;
    private final org.tutela.school.People people;

    FilterDecisions(JdbcClient jdbc, Clock clock, org.tutela.register.Devices devices, org.tutela.school.People people) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.devices = devices;
        this.people = people;
    }

    public record CategoryCount(String group, String category, long blocked) {
        public String categoryLabel() {
            return category == null ? "Not in a category (deny list or approved sites only)" : PolicyDiff.label(category);
        }
    }

    public record DayCount(LocalDate day, long blocked, long all) {
    }

    public record HostCount(String host, String category, long blocked) {
        public String categoryLabel() {
            return category == null ? "-" : PolicyDiff.label(category);
        }
    }

    /**
     * One decision; {@code holder} is the person the device register says had the device at that moment, when the
     * log has no user name.
     */
    public record Entry(Instant at, String clientAddress, String userName, String group, String host, String url,
            String searchTerms, String verdict, String rule, String category, int policyVersion, String holder) {

        Entry withHolder(String name) {
            return new Entry(at, clientAddress, userName, group, host, url, searchTerms, verdict, rule, category,
                    policyVersion, name);
        }

        /** Who made the request, as well as the log and the register can tell. */
        public String who() {
            if (userName != null) {
                return userName;
            }
            return holder == null ? clientAddress : holder + " (device " + clientAddress + ")";
        }

        public String categoryLabel() {
            return category == null ? "" : PolicyDiff.label(category);
        }
    }

    /** Why a site was blocked: the category and the rule that named it, and nothing about who asked, how or when. */
    public record SiteBlock(String category, String rule) {
    }

    /**
     * Why this host (the exact name, not its parent domains) was last blocked for this device (its address) at the
     * school in the last 24 hours, for a block page that was not told. Only blocks that name a category count: a
     * suspension or a learner's exception says something about a person, not about the site. Only the device's own
     * blocks count, so that the page cannot be used to learn whether anyone else at the school was blocked from a
     * site.
     */
    public Optional<SiteBlock> lastBlockOf(SchoolId school, String host, String clientAddress) {
        var name = DomainName.normalise(host);
        var address = addressLiteral(clientAddress);
        if (school == null || name.isEmpty() || address == null) {
            return Optional.empty();
        }
        try {
            return jdbc.sql("""
                    select category, rule from filter_decision
                    where school_id = ? and client_address = cast(? as inet) and occurred_at >= ? and host = ?
                      and verdict = 'BLOCK' and category is not null
                    order by occurred_at desc limit 1""")
                    .params(school.value(), address, Timestamp.from(clock.instant().minus(Duration.ofHours(24))),
                            name.get())
                    .query((rs, n) -> new SiteBlock(rs.getString(1), rs.getString(2))).optional();
        } catch (DataAccessException e) {
            // Only a reason for a page that must show anyway: an address PostgreSQL cannot read finds none.
            return Optional.empty();
        }
    }

    /**
     * The client's address as PostgreSQL's {@code inet} reads it: an IPv4 or IPv6 literal without an IPv6 zone
     * ({@code fe80::1%eth0} as Java writes a link-local peer); null for anything else.
     */
    static String addressLiteral(String clientAddress) {
        if (clientAddress == null) {
            return null;
        }
        int zone = clientAddress.indexOf('%');
        var literal = zone >= 0 ? clientAddress.substring(0, zone) : clientAddress;
        if (literal.isEmpty() || literal.length() > 45) {
            return null;
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.')) {
                return null;
            }
        }
        return literal;
    }

    /** Blocked requests by group and category over the last days. */
    public List<CategoryCount> blockedByGroupAndCategory(SchoolId school, int days) {
        return jdbc.sql("""
                select group_id, category, count(*) as blocked from filter_decision
                where school_id = ? and occurred_at >= ? and verdict = 'BLOCK'
                group by group_id, category order by blocked desc, group_id, category limit 200""")
                .params(school.value(), since(days))
                .query((rs, n) -> new CategoryCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public List<DayCount> daily(SchoolId school, int days) {
        return jdbc.sql("""
                select (occurred_at at time zone 'UTC')::date as day, count(*) filter (where verdict = 'BLOCK'),
                       count(*)
                from filter_decision where school_id = ? and occurred_at >= ?
                group by day order by day""")
                .params(school.value(), since(days))
                .query((rs, n) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The sites blocked most, to watch for over-blocking; illegal-list names are left out. */
    public List<HostCount> mostBlockedSites(SchoolId school, int days, int limit) {
        return jdbc.sql("""
                select host, category, count(*) as blocked from filter_decision
                where school_id = ? and occurred_at >= ? and verdict = 'BLOCK' and rule <> 'illegal-list'
                group by host, category order by blocked desc, host limit ?""")
                .params(school.value(), since(days), limit)
                .query((rs, n) -> new HostCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public long illegalAttempts(SchoolId school, int days) {
        return jdbc.sql("""
                select count(*) from filter_decision
                where school_id = ? and occurred_at >= ? and rule = 'illegal-list'""")
                .params(school.value(), since(days)).query(Long.class).single();
    }

    /** One device's (by address) or one person's (by user name) decisions, newest first. */
    public List<Entry> history(SchoolId school, String clientAddress, String userName, int days, int limit) {
        var byAddress = clientAddress != null && !clientAddress.isBlank();
        return jdbc.sql("""
                select occurred_at, host(client_address), user_name, group_id, host, url, search_terms, verdict, rule,
                       category, policy_version
                from filter_decision
                where school_id = ? and occurred_at >= ? and (%s)
                order by occurred_at desc limit ?""".formatted(byAddress ? "client_address = ?::inet" : "user_name = ?"))
                .params(school.value(), since(days), byAddress ? clientAddress.trim() : userName.trim(), limit)
                .query((rs, n) -> entry(rs)).list().stream().map(e -> withHolder(school, e)).toList();
    }

    /** Search terms used, newest first. */
    public List<Entry> searches(SchoolId school, int days, int limit) {
        return jdbc.sql("""
                select occurred_at, host(client_address), user_name, group_id, host, url, search_terms, verdict, rule,
                       category, policy_version
                from filter_decision
                where school_id = ? and occurred_at >= ? and search_terms is not null
                order by occurred_at desc limit ?""")
                .params(school.value(), since(days), limit).query((rs, n) -> entry(rs)).list().stream()
                .map(e -> withHolder(school, e)).toList();
    }

    /** The device register's holder of a logged address at the time of the decision (FILT identification). */
    private Entry withHolder(SchoolId school, Entry entry) {
        if (entry.userName() != null || entry.clientAddress() == null) {
            return entry;
        }
        return devices.holderAt(school, entry.clientAddress(), entry.at())
                .flatMap(people::find).map(p -> entry.withHolder(p.fullName())).orElse(entry);
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        var illegal = "illegal-list".equals(rs.getString("rule"));
        return new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                illegal ? WITHHELD : rs.getString(5), illegal ? null : rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11), null);
    }

    /** Keeps a partition for each of the next days and drops those older than the retention period (MON-10). */
    void maintainPartitions(int daysAhead, int retentionDays) {
        jdbc.sql("select filter_decision_ensure_partitions(?)").param(daysAhead).query(Integer.class).single();
        var cutoff = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(retentionDays);
        jdbc.sql("select filter_decision_drop_before(?)").param(cutoff).query(Integer.class).single();
    }

    private Timestamp since(int days) {
        return Timestamp.from(clock.instant().minus(Duration.ofDays(days)));
    }
}
