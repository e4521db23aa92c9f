package org.tutela.squid;

import java.time.Clock;

import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.FilterEngine;

/**
 * What the helper enforces: the engine, whose policy can be swapped while the helper runs, and the networks and
 * user names that place clients in groups.
 */
record EnforcedPolicy(FilterEngine engine, ClientNetworks networks) {

    /** The policy the options name. Policy bundle files come with {@code org.tutela.filtering.PolicyBundles}. */
    static EnforcedPolicy from(HelperOptions options, Clock clock) {
        if (!options.demoPolicy()) {
            throw new IllegalArgumentException("name the policy: --demo-policy");
        }
        return new EnforcedPolicy(new FilterEngine(DemoPolicy.policy(), clock), DemoPolicy.networks());
    }
}
