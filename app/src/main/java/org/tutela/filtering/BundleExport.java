package org.tutela.filtering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;

/**
 * Writes the policy in force as the bundle the enforcement points watch. Runs after the approval commits and is
 * retried from the event publication registry if it fails, so an approved version always reaches them.
 */
@Component
class BundleExport {

    private final FilterPolicies policies;
    private final BlockPageRequests requests;
    private final Schools schools;
    private final FilteringProperties properties;
    private final SafeSearchingLessons lessons;
    private final InternetSuspensions suspensions;
    private final List<String> blockPageHosts;

    BundleExport(FilterPolicies policies, BlockPageRequests requests, Schools schools, FilteringProperties properties,
            SafeSearchingLessons lessons, InternetSuspensions suspensions,
            @org.springframework.beans.factory.annotation.Value("${tutela.base-url:http://localhost:8080}")
            String baseUrl) {
        this.lessons = lessons;
        this.suspensions = suspensions;
        this.blockPageHosts = blockPageHosts(properties.blockPageHosts(), baseUrl);
        this.policies = policies;
        this.requests = requests;
        this.schools = schools;
        this.properties = properties;
    }

    /**
     * The hosts a suspended learner may still reach, checked when Tutela starts rather than when the first suspension
     * makes a bundle fail: configured ones must be host names; otherwise the base URL's host (or address), and none,
     * said in the log, when the base URL has no host.
     */
    static List<String> blockPageHosts(List<String> configured, String baseUrl) {
        if (configured != null && !configured.isEmpty()) {
            for (var host : configured) {
                DomainName.normalise(host).orElseThrow(() -> new IllegalStateException(
                        "tutela.filtering.block-page-hosts must be host names, not \"" + host + "\""));
            }
            return List.copyOf(configured);
        }
        var host = java.net.URI.create(baseUrl).getHost();
        if (host == null || DomainName.normalise(host).isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(BundleExport.class).warn("tutela.base-url ({}) has no host, so a"
                    + " suspended learner cannot be left the block page: set tutela.filtering.block-page-hosts", baseUrl);
            return List.of();
        }
        return List.of(host);
    }

    @ApplicationModuleListener
    void on(PolicyVersionActivated activated) {
        if (properties.bundleDirectory() != null) {
            write(activated.school());
        }
    }

    @ApplicationModuleListener
    void on(TemporaryAllowGranted granted) {
        if (properties.bundleDirectory() != null && policies.inForce(granted.school()).isPresent()) {
            write(granted.school());
        }
    }

    @ApplicationModuleListener
    void on(SafeSearchingTaught taught) {
        if (properties.bundleDirectory() != null && policies.inForce(taught.school()).isPresent()) {
            write(taught.school());
        }
    }

    @ApplicationModuleListener
    void on(InternetAccessSuspended suspended) {
        if (properties.bundleDirectory() != null && policies.inForce(suspended.school()).isPresent()) {
            write(suspended.school());
        }
    }

    @ApplicationModuleListener
    void on(InternetSuspensionLifted lifted) {
        if (properties.bundleDirectory() != null && policies.inForce(lifted.school()).isPresent()) {
            write(lifted.school());
        }
    }

    /**
     * The policy in force as the enforcement points get it: its groups, with safe searching taught or not (FILT-06),
     * the temporary allows in force, the rules of its exceptions for individual learners, the suspensions of
     * learners' access that have not ended (PROC-BUL-07) and the school's Tutela pages, which those learners can
     * still reach.
     */
    PolicyBundle bundle(SchoolId school) {
        var inForce = policies.inForce(school).orElseThrow();
        var name = schools.find(school).map(found -> found.name()).orElse(null);
        var taught = lessons.taughtGroups(school);
        var groups = inForce.groups().stream().map(group -> group.taught(taught.contains(group.id()))).toList();
        return new PolicyBundle(inForce.version(), school.value().toString(), name,
                new PolicyBundle.Lists(properties.ut1(), List.of(), properties.iwf(), properties.terrorism()),
                RecommendedPolicy.FALLBACK_GROUP, groups, requests.temporaryAllows(school), null,
                inForce.exceptions().stream().map(IndividualException::rule).toList(), suspensions.forBundle(school),
                blockPageHosts);
    }

    void write(SchoolId school) {
        var bundle = bundle(school);
        try {
            Files.createDirectories(properties.bundleDirectory());
            PolicyBundles.write(bundle, properties.bundleDirectory().resolve(school.value() + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the policy bundle for school " + school, e);
        }
    }
}
