package org.tutela.filtering;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

/**
 * Regular checks that the filter blocks what the policy says it blocks (FILT-13): for each group of the policy in
 * force, each category it blocks is tried with its test names through the filter engine, exactly as the enforcement
 * points decide. A test name that gets through opens a filtering breach ({@link FilteringCheckFailed}).
 */
@Service
public class EffectivenessChecks {

    static final String ENGINE = "filter engine";
    static final String NO_ANSWER = "no-answer";
    private static final System.Logger log = System.getLogger(EffectivenessChecks.class.getName());
    private static final Categories CATEGORIES = Categories.standard();

    private final JdbcClient jdbc;
    private final BundleExport export;
    private final FilterPolicies policies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BundleListFiles listFiles = new BundleListFiles();

    EffectivenessChecks(JdbcClient jdbc, BundleExport export, FilterPolicies policies, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.export = export;
        this.policies = policies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every school with a policy in force, against the lists the enforcement points load. */
    @Scheduled(cron = "${tutela.filtering.effectiveness-checks:0 30 7 * * *}", zone = "Europe/London")
    void checkEverySchool() {
        var schools = jdbc.sql("select school_id from filter_policy_version where status = 'ACTIVE'")
                .query(UUID.class).list();
        for (var school : schools) {
            try {
                check(new SchoolId(school));
            } catch (RuntimeException failed) {
                // One school's unreadable lists must not stop the others' checks.
                log.log(System.Logger.Level.WARNING, "effectiveness checks failed for school " + school, failed);
            }
        }
    }

    /** Checks one school against the lists its bundle names. */
    public List<CheckResult> check(SchoolId school) {
        try {
            return check(school, listFiles.load(export.bundle(school).lists()));
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read the block lists: " + unreadable.getMessage(), unreadable);
        }
    }

    /** Checks one school's policy in force against these lists; nothing to check without a policy. */
    @Transactional
    public List<CheckResult> check(SchoolId school, BlockLists lists) {
        if (policies.inForce(school).isEmpty()) {
            return List.of();
        }
        var bundle = export.bundle(school);
        var policy = PolicyBundles.compile(bundle, lists);
        var now = clock.instant();
        var chosen = testNames(school);
        var results = new ArrayList<CheckResult>();
        for (var group : bundle.groups()) {
            for (var category : blockedFor(group)) {
                var names = chosen.getOrDefault(category.id(), lists.samplesOf(category));
                for (var name : names) {
                    var decision = policy.decide(new GroupId(group.id()), name, now);
                    results.add(new CheckResult(now, (int) bundle.version(), group.id(), category.id(), name, ENGINE,
                            decision.verdict().name(), decision.rule().code(), decision.blocked()));
                }
            }
        }
        dnsResolver(school).ifPresent(address -> results.addAll(through(DnsEnforcementPoint.at(address), bundle,
                policy, chosen, lists)));
        proxy(school).ifPresent(address -> results.addAll(through(
                ProxyEnforcementPoint.at(address, bundle.blockPageHosts()), bundle, policy, chosen, lists)));
        var newlyFailing = newlyFailing(school, results);
        results.forEach(result -> keep(school, result));
        newlyFailing.forEach(failed -> events.publishEvent(new FilteringCheckFailed(school, failed.group(),
                failed.category(), failed.testName(), failed.enforcementPoint() + ", policy v" + failed.policyVersion())));
        return results;
    }

    /**
     * Asks an enforcement point (the school's DNS resolver or Squid proxy) for the test names of the group it places
     * this server in. One that does not answer is recorded once as not answering, and not asked again in this run.
     */
    private List<CheckResult> through(EnforcementPoint point, PolicyBundle bundle, FilterPolicy policy,
            Map<String, List<String>> chosen, BlockLists lists) {
        var now = clock.instant();
        String groupId;
        try {
            groupId = policy.clients().groupOf(point.askingFrom()).map(GroupId::value).orElse(bundle.fallbackGroup());
        } catch (IOException unreachable) {
            return List.of(new CheckResult(now, (int) bundle.version(), bundle.fallbackGroup(), "-", "-",
                    point.describe(), "NO_ANSWER", NO_ANSWER, false));
        }
        var group = bundle.groups().stream().filter(candidate -> candidate.id().equals(groupId)).findFirst();
        var results = new ArrayList<CheckResult>();
        for (var category : group.map(EffectivenessChecks::blockedFor).orElse(List.of())) {
            for (var name : chosen.getOrDefault(category.id(), lists.samplesOf(category))) {
                try {
                    var blocked = point.blocks(name);
                    results.add(new CheckResult(now, (int) bundle.version(), groupId, category.id(), name,
                            point.describe(), blocked ? "BLOCK" : "ALLOW", blocked ? "answered-blocked" : "answered",
                            blocked));
                } catch (IOException silent) {
                    results.add(new CheckResult(now, (int) bundle.version(), groupId, category.id(), name,
                            point.describe(), "NO_ANSWER", NO_ANSWER, false));
                    return results;
                }
            }
        }
        return results;
    }

    /** Where the school's DNS resolver answers, if the checks should ask it too. */
    public java.util.Optional<String> dnsResolver(SchoolId school) {
        return jdbc.sql("select dns_address from filter_check_point where school_id = ? and dns_address is not null")
                .param(school.value()).query(String.class).optional();
    }

    /** Where the school's Squid proxy with Tutela's helper listens, if the checks should ask it too. */
    public java.util.Optional<String> proxy(SchoolId school) {
        return jdbc.sql("select proxy_address from filter_check_point where school_id = ? and proxy_address is not null")
                .param(school.value()).query(String.class).optional();
    }

    /** Sets or, when blank, clears the Squid proxy the checks ask. */
    @Transactional
    public void chooseProxy(Viewer by, SchoolId school, String address) {
        var chosen = address == null || address.isBlank() ? null : address.trim();
        if (chosen != null) {
            ProxyEnforcementPoint.at(chosen, List.of());
        }
        jdbc.sql("""
                insert into filter_check_point (school_id, proxy_address) values (?, ?)
                on conflict (school_id) do update set proxy_address = excluded.proxy_address""")
                .params(school.value(), chosen).update();
        audit.record("FILTER_CHECK_PROXY_CHOSEN", "filter_check_point", school.toString(), school.value(),
                Outcome.ALLOWED, chosen == null ? "none" : chosen);
    }

    /** Sets or, when blank, clears the DNS resolver the checks ask. */
    @Transactional
    public void chooseDnsResolver(Viewer by, SchoolId school, String address) {
        var chosen = address == null || address.isBlank() ? null : address.trim();
        if (chosen != null) {
            DnsEnforcementPoint.at(chosen);
        }
        jdbc.sql("""
                insert into filter_check_point (school_id, dns_address) values (?, ?)
                on conflict (school_id) do update set dns_address = excluded.dns_address""")
                .params(school.value(), chosen).update();
        audit.record("FILTER_CHECK_RESOLVER_CHOSEN", "filter_check_point", school.toString(), school.value(),
                Outcome.ALLOWED, address == null || address.isBlank() ? "none" : address.trim());
    }

    /** The latest result for each group, category and test name. */
    public List<CheckResult> latest(SchoolId school) {
        return jdbc.sql("""
                select distinct on (enforcement_point, group_id, category, test_name) run_at, policy_version, group_id,
                       category, test_name, enforcement_point, verdict, rule, passed
                from filter_check_result where school_id = ?
                order by enforcement_point desc, group_id, category, test_name, run_at desc""")
                .param(school.value())
                .query((rs, n) -> new CheckResult(rs.getTimestamp("run_at").toInstant(), rs.getInt("policy_version"),
                        rs.getString("group_id"), rs.getString("category"), rs.getString("test_name"),
                        rs.getString("enforcement_point"), rs.getString("verdict"), rs.getString("rule"),
                        rs.getBoolean("passed")))
                .list();
    }

    /** The last run for each group and category: passed only if every test name was blocked. */
    public List<CheckSummary> lastRun(SchoolId school) {
        var byGroupAndCategory = new LinkedHashMap<String, List<CheckResult>>();
        for (var result : latest(school)) {
            byGroupAndCategory.computeIfAbsent(result.enforcementPoint() + "/" + result.group() + "/"
                    + result.category(), key -> new ArrayList<>())
                    .add(result);
        }
        return byGroupAndCategory.values().stream().map(CheckSummary::of).toList();
    }

    /** The test names the school chose, by category; a category with none uses the first names of its list. */
    public Map<String, List<String>> testNames(SchoolId school) {
        var byCategory = new LinkedHashMap<String, List<String>>();
        jdbc.sql("select category, test_name from filter_check_name where school_id = ? order by category, test_name")
                .param(school.value())
                .query((rs, n) -> byCategory.computeIfAbsent(rs.getString("category"), c -> new ArrayList<>())
                        .add(rs.getString("test_name")))
                .list();
        return byCategory;
    }

    /** Replaces the test names of a category; none leaves the category to its list's first names. */
    @Transactional
    public void chooseTestNames(Viewer by, SchoolId school, String category, List<String> names) {
        var known = CATEGORIES.byId(category).filter(found -> !found.illegal())
                .orElseThrow(() -> new PolicyChangeRefused("Choose a category the school manages"));
        var normalised = new LinkedHashSet<String>();
        for (var name : names) {
            normalised.add(DomainName.normalise(name)
                    .orElseThrow(() -> new PolicyChangeRefused("Not a site name: " + name)));
        }
        jdbc.sql("delete from filter_check_name where school_id = ? and category = ?")
                .params(school.value(), known.id()).update();
        for (var name : normalised) {
            jdbc.sql("insert into filter_check_name (school_id, category, test_name) values (?, ?, ?)")
                    .params(school.value(), known.id(), name).update();
        }
        audit.record("FILTER_CHECK_NAMES_CHOSEN", "filter_check_name", school + "/" + known.id(), school.value(),
                Outcome.ALLOWED, String.join(", ", normalised));
    }

    /** The categories a group blocks, as the engine sees them; the illegal lists are never tried by name. */
    private static List<Category> blockedFor(PolicyBundle.Group group) {
        var ids = new LinkedHashSet<>(group.block());
        if (group.safeSearchingTaughtFirst() && !group.safeSearchingTaught()) {
            ids.add(Categories.SEARCH_ENGINES.id());
        }
        return CATEGORIES.all().stream().filter(category -> !category.illegal() && ids.contains(category.id()))
                .toList();
    }

    /** One failure for each group and category that fails now and did not fail in the run before. */
    private List<CheckResult> newlyFailing(SchoolId school, List<CheckResult> results) {
        var failing = new LinkedHashMap<String, CheckResult>();
        for (var result : results) {
            // A resolver that does not answer is shown on the page, but is not a site getting through.
            if (!result.passed() && !result.rule().equals(NO_ANSWER)) {
                failing.putIfAbsent(result.enforcementPoint() + "/" + result.group() + "/" + result.category(), result);
            }
        }
        return failing.values().stream().filter(failed -> !failedLastTime(school, failed)).toList();
    }

    private boolean failedLastTime(SchoolId school, CheckResult failed) {
        return jdbc.sql("""
                select coalesce(bool_or(not passed), false) from filter_check_result
                where school_id = ? and enforcement_point = ? and group_id = ? and category = ?
                  and run_at = (select max(run_at) from filter_check_result
                                where school_id = ? and enforcement_point = ? and group_id = ? and category = ?)""")
                .params(school.value(), failed.enforcementPoint(), failed.group(), failed.category(), school.value(),
                        failed.enforcementPoint(), failed.group(), failed.category())
                .query(Boolean.class).single();
    }

    private void keep(SchoolId school, CheckResult result) {
        jdbc.sql("""
                insert into filter_check_result (id, school_id, run_at, policy_version, group_id, category, test_name,
                                                 enforcement_point, verdict, rule, passed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), school.value(), java.sql.Timestamp.from(result.runAt()),
                        result.policyVersion(), result.group(), result.category(), result.testName(),
                        result.enforcementPoint(), result.verdict(), result.rule(), result.passed())
                .update();
    }
}
