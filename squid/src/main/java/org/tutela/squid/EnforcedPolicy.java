package org.tutela.squid;

import java.time.Clock;

import org.tutela.filtering.FilterEngine;

/**
 * What the helper enforces: the engine, whose policy (with the networks and user names that place clients in its
 * groups) can be swapped while the helper runs.
 */
record EnforcedPolicy(FilterEngine engine) {

    /** The policy the options name. Policy bundle files come with {@code org.tutela.filtering.PolicyBundles}. */
    static EnforcedPolicy from(HelperOptions options, Clock clock) {
        if (!options.demoPolicy()) {
            throw new IllegalArgumentException("name the policy: --demo-policy");
        }
        return new EnforcedPolicy(new FilterEngine(DemoPolicy.policy(), clock));
    }
}
