package org.tutela.squid;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.tutela.filtering.BundleListFiles;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.PolicyBundles;
import org.tutela.filtering.PolicyWatcher;

/**
 * What the helper enforces: the engine, whose policy (with the networks and user names that place clients in its
 * groups) can be swapped while the helper runs, and the id of the school it logs decisions under (null for a policy
 * that names none).
 */
record EnforcedPolicy(FilterEngine engine, UUID schoolId) {

    EnforcedPolicy(FilterEngine engine) {
        this(engine, null);
    }

    /**
     * The policy the options name: a bundle, loaded now and watched for new versions (a reload that fails keeps the
     * last good policy), or the built-in demo.
     */
    static EnforcedPolicy from(HelperOptions options, Clock clock) throws IOException {
        if (options.policy() != null) {
            var bundle = Path.of(options.policy());
            var lists = new BundleListFiles();
            var read = PolicyBundles.read(bundle);
            var engine = new FilterEngine(PolicyBundles.compile(read, lists.load(read.lists())), clock);
            PolicyWatcher.watch(bundle, lists, engine, 5);
            // A helper serves one school: the id it starts with is the one it logs under.
            return new EnforcedPolicy(engine, PolicyBundles.schoolId(read));
        }
        if (!options.demoPolicy()) {
            throw new IllegalArgumentException("name the policy: --policy BUNDLE, or --demo-policy");
        }
        return new EnforcedPolicy(new FilterEngine(DemoPolicy.policy(), clock));
    }
}
