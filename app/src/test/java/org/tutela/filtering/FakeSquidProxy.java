package org.tutela.filtering;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the school's Squid with Tutela's helper, on loopback: for a blocked name it answers as Squid does
 * with the helper as url_rewrite_program (302 to the block page) or as external_acl_type (403 ERR_ACCESS_DENIED);
 * any other name is "let through" and fails upstream as Squid would without the internet (503 ERR_DNS_FAIL).
 */
final class FakeSquidProxy implements AutoCloseable {

    private final HttpServer server;

    FakeSquidProxy(Set<String> redirected, Set<String> denied, String blockPage) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            var host = exchange.getRequestURI().getHost();
            if (redirected.contains(host)) {
                exchange.getResponseHeaders().add("Location", blockPage + "?url=http://" + host + "/");
                exchange.sendResponseHeaders(302, -1);
            } else if (denied.contains(host)) {
                exchange.getResponseHeaders().add("X-Squid-Error", "ERR_ACCESS_DENIED 0");
                exchange.sendResponseHeaders(403, -1);
            } else if ("moved.example".equals(host)) {
                exchange.getResponseHeaders().add("Location", "https://elsewhere.example/");
                exchange.sendResponseHeaders(301, -1);
            } else {
                exchange.getResponseHeaders().add("X-Squid-Error", "ERR_DNS_FAIL 0");
                exchange.sendResponseHeaders(503, -1);
            }
            exchange.close();
        });
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
