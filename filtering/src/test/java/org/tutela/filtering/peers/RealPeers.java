package org.tutela.filtering.peers;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The real programs the integration tests run against, from the distribution's packages. */
public final class RealPeers {

    private RealPeers() {
    }

    /**
     * Skips the test where the program is missing on a developer's machine; fails it in CI, where the test command
     * installs it, so a missing install step cannot pass unnoticed.
     */
    public static void require(String program) {
        if (Files.isExecutable(Path.of(program))) {
            return;
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError(program + " is missing: the test command should have installed it");
        }
        Assumptions.abort(program + " is not installed (./tutela test installs it)");
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
