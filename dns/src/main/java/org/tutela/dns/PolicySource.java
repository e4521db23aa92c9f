package org.tutela.dns;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.FilterPolicy;

/**
 * Where the resolver gets what it enforces: an engine holding the policy in force (whose owner may activate newer
 * versions at any time) and the client networks. A policy bundle file with a watcher is to come; {@link DemoPolicy}
 * is a small fixed one.
 */
@FunctionalInterface
public interface PolicySource {

    Enforced load(Clock clock);

    /**
     * The engine to ask and, for a version, the networks to place clients in groups (both may change while the
     * resolver runs), and the school's id to log decisions under (null for a policy that names no school).
     */
    record Enforced(FilterEngine engine, Function<FilterPolicy, ClientNetworks> networks, UUID schoolId) {

        Enforced(FilterEngine engine, Function<FilterPolicy, ClientNetworks> networks) {
            this(engine, networks, null);
        }
    }
}
