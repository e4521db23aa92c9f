package org.tutela.squid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Every web site in the integration test, on one loopback port: answers with the host and path it was asked for, and
 * as the block page at {@code /blocked}. Remembers what it was asked, so a test can show a blocked site was never
 * reached.
 */
final class OriginServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private OriginServer(HttpServer server) {
        this.server = server;
    }

    static OriginServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var origin = new OriginServer(server);
            server.createContext("/", origin::answer);
            server.start();
            return origin;
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** "host/path?query" of every request so far. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    private void answer(HttpExchange exchange) throws IOException {
        var host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
        var uri = exchange.getRequestURI();
        requested.add(host + uri);
        var body = uri.getPath().equals("/blocked")
                ? "Tutela block page: " + uri.getRawQuery()
                : "Origin page for " + host + uri.getPath();
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
