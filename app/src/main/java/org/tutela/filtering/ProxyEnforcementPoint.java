package org.tutela.filtering;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * The school's Squid proxy with Tutela's helper, asked as a browser would ask it (FILT-13): a plain HTTP request for
 * the test site through the proxy. The helper blocks either by redirecting to the block page (url_rewrite_program:
 * a redirect to the block page's host) or by Squid refusing the request (external_acl_type: 403 with
 * {@code X-Squid-Error: ERR_ACCESS_DENIED}). Any other answer, including a redirect or an error from the site itself,
 * means the name got through.
 */
class ProxyEnforcementPoint implements EnforcementPoint {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final InetSocketAddress address;
    private final java.util.Set<String> blockPageHosts;
    private final HttpClient client;

    ProxyEnforcementPoint(InetSocketAddress address, java.util.Collection<String> blockPageHosts) {
        this.address = address;
        this.blockPageHosts = blockPageHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.client = HttpClient.newBuilder().proxy(ProxySelector.of(address))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** "10.0.0.3" or "10.0.0.3:8080"; port 3128, Squid's own, when none is given. */
    static ProxyEnforcementPoint at(String address, java.util.Collection<String> blockPageHosts) {
        return new ProxyEnforcementPoint(DnsEnforcementPoint.socketAddress(address, 3128,
                "Give the proxy's IP address, and its port if it is not 3128"), blockPageHosts);
    }

    @Override
    public String describe() {
        return "Squid proxy " + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    @Override
    public byte[] askingFrom() throws IOException {
        return DnsEnforcementPoint.localAddressTowards(address);
    }

    @Override
    public boolean blocks(String name) throws IOException {
        var request = HttpRequest.newBuilder(URI.create("http://" + name + "/")).timeout(TIMEOUT)
                .header("User-Agent", "Tutela filtering check").GET().build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking the proxy", interrupted);
        }
        if (response.statusCode() == 407) {
            // The proxy asks this server to sign in: the filter was never asked, so there is no answer to judge.
            throw new IOException("the proxy asks for a sign-in (407)");
        }
        return blocked(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("X-Squid-Error").orElse(null));
    }

    /** Whether an answer from the proxy is the filter's: a redirect to the block page, or Squid's access denied. */
    boolean blocked(int status, String location, String squidError) {
        if (status == 403 && squidError != null && squidError.startsWith("ERR_ACCESS_DENIED")) {
            return true;
        }
        if (status >= 300 && status < 400 && location != null) {
            try {
                var host = URI.create(location.trim()).getHost();
                return host != null && blockPageHosts.contains(host.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
        }
        return false;
    }
}
