package org.tutela.squid;

import org.tutela.filtering.ClientNetworks;
import org.tutela.filtering.Decision;
import org.tutela.filtering.FilterEngine;

/**
 * The one place the helper asks the filtering engine: places the client in its group (user name first, then
 * address; the policy's fallback group when neither is known) and decides on what it asked for.
 */
final class RequestFilter {

    private final FilterEngine engine;
    private final ClientNetworks networks;

    RequestFilter(FilterEngine engine, ClientNetworks networks) {
        this.engine = engine;
        this.networks = networks;
    }

    Decision decide(Client client, RequestTarget target) {
        var group = networks.groupOf(client.address(), client.user()).orElse(null);
        // TODO when decideUrl lands: return engine.decideUrl(group, target.url()), so path prefixes and expressions count.
        return engine.decide(group, target.host());
    }
}
