package org.tutela.squid;

import org.tutela.filtering.Decision;
import org.tutela.filtering.FilterEngine;

/**
 * The one place the helper asks the filtering engine: places the client in its group (user name first, then
 * address; the policy's fallback group when neither is known) and decides on what it asked for.
 */
final class RequestFilter {

    private final FilterEngine engine;

    RequestFilter(FilterEngine engine) {
        this.engine = engine;
    }

    Decision decide(Client client, RequestTarget target) {
        // Who is in which group belongs to the policy version in force, so both change together.
        var group = engine.groupOf(client.address(), client.user()).orElse(null);
        return engine.decideUrl(group, target.url());
    }
}
