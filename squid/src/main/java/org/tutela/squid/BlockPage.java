package org.tutela.squid;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.tutela.filtering.Decision;

/**
 * Where a blocked request is sent: the block page, told in its query what was blocked and why
 * ({@code ?url=…&category=…&group=…&rule=…&v=…}, and {@code &until=…} when the learner's access is suspended); and, for a CONNECT tunnel, which cannot be redirected, the block
 * server's TLS port, so that the tunnel reaches Tutela instead of the blocked site.
 */
final class BlockPage {

    private final String base;
    private final String tunnel;

    private BlockPage(String base, String tunnel) {
        this.base = base;
        this.tunnel = tunnel;
    }

    /**
     * The block page at an http(s) URL. Blocked tunnels go to its host on port 443 unless told another host:port, or
     * {@code redirect} to be answered with a redirect like any other request (Squid sends it; browsers show their own
     * error instead, but no certificate warning).
     */
    static BlockPage at(String base, String tunnel) {
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException notAUri) {
            throw new IllegalArgumentException("the block page is not a URL: " + base);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("the block page must be an http or https URL with a host: " + base);
        }
        if (uri.getFragment() != null) {
            throw new IllegalArgumentException("the block page URL cannot have a #fragment: " + base);
        }
        if ("redirect".equals(tunnel)) {
            return new BlockPage(base, null);
        }
        var tunnelTo = tunnel != null ? tunnel : uri.getHost() + ":443";
        if (!tunnelTo.matches("[A-Za-z0-9.-]+:[0-9]{1,5}|\\[[0-9A-Fa-f:.]+]:[0-9]{1,5}")) {
            throw new IllegalArgumentException("the block page's tunnel must be host:port, not " + tunnelTo);
        }
        return new BlockPage(base, tunnelTo);
    }

    /** The block page for one blocked request. */
    String urlFor(RequestTarget target, Decision decision) {
        var encoded = PercentEncoding.encode(target.url());
        var url = new StringBuilder(base.length() + encoded.length() + 96).append(base)
                .append(base.indexOf('?') < 0 ? '?' : '&');
        url.append("url=").append(encoded);
        if (decision.category() != null) {
            url.append("&category=").append(PercentEncoding.encode(decision.category().id()));
        }
        url.append("&group=").append(PercentEncoding.encode(decision.group().value()));
        url.append("&rule=").append(Reasons.ruleName(decision));
        url.append("&v=").append(decision.policyVersion());
        if (decision.suspendedUntil() != null) {
            url.append("&until=").append(PercentEncoding.encode(decision.suspendedUntil().toString()));
        }
        return url.toString();
    }

    /** Whether a blocked CONNECT is sent to the block server rather than answered with a redirect. */
    boolean tunnelsToBlockServer() {
        return tunnel != null;
    }

    /** Where a blocked CONNECT is sent instead: {@code host:port} of the block server. */
    String tunnel() {
        if (tunnel == null) {
            throw new IllegalStateException("blocked tunnels are redirected, not sent to the block server");
        }
        return tunnel;
    }
}
