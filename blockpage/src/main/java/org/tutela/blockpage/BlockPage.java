package org.tutela.blockpage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Tutela's block page, as the web app serves it ({@code /blocked}), and the address of it for one blocked site:
 * {@code ?url=<the site's URL>} and, when the interceptor is told its school, {@code &school=<id>}, so the page can
 * send a child's request to the right people.
 */
final class BlockPage {

    private final String base;
    private final String ownHost;
    private final String school;

    private BlockPage(String base, String ownHost, String school) {
        this.base = base;
        this.ownHost = ownHost;
        this.school = school;
    }

    /** The block page at an http or https URL with a host; the school's id, or null to leave it to the URL. */
    static BlockPage at(String url, UUID school) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUri) {
            throw new IllegalArgumentException("the block page is not a URL: " + url);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("the block page must be an http or https URL with a host: " + url);
        }
        if (uri.getFragment() != null) {
            throw new IllegalArgumentException("the block page URL cannot have a #fragment: " + url);
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new BlockPage(url, host, school == null ? null : school.toString());
    }

    /** Whether a request for this host is a request for the block page itself, which must not be sent back to it. */
    boolean isOwnHost(String host) {
        return ownHost.equals(host);
    }

    /** The block page's own host name (or address). */
    String host() {
        return ownHost;
    }

    /** The block page for one blocked URL. */
    String locationFor(String blockedUrl) {
        var location = new StringBuilder(base.length() + blockedUrl.length() * 3 + 64).append(base);
        int query = base.indexOf('?');
        if (query < 0) {
            location.append('?');
        } else if (query < base.length() - 1 && !base.endsWith("&")) {
            location.append('&');
        }
        location.append("url=").append(encode(blockedUrl));
        if (school != null) {
            location.append("&school=").append(school);
        }
        return location.toString();
    }

    /** Percent-encoded as a query value, with a space as %20 (URLEncoder's + means a space only in forms). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
