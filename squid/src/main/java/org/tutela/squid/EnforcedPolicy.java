package org.tutela.squid;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.tutela.filtering.BundleListFiles;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.PolicyBundles;
import org.tutela.filtering.PolicyWatcher;

/**
 * What the helper enforces: the engine, whose policy (with the networks and user names that place clients in its
 * groups) can be swapped while the helper runs.
 */
record EnforcedPolicy(FilterEngine engine) {

    /**
     * The policy the options name: a bundle, loaded now and watched for new versions (a reload that fails keeps the
     * last good policy), or the built-in demo.
     */
    static EnforcedPolicy from(HelperOptions options, Clock clock) throws IOException {
        if (options.policy() != null) {
            var bundle = Path.of(options.policy());
            var lists = new BundleListFiles();
            var engine = new FilterEngine(PolicyBundles.load(bundle, lists), clock);
            PolicyWatcher.watch(bundle, lists, engine, 5);
            return new EnforcedPolicy(engine);
        }
        if (!options.demoPolicy()) {
            throw new IllegalArgumentException("name the policy: --policy BUNDLE, or --demo-policy");
        }
        return new EnforcedPolicy(new FilterEngine(DemoPolicy.policy(), clock));
    }
}
