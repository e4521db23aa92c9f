package org.tutela.blockpage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the block page interceptor: {@code --block-page-url https://tutela.example.org/blocked} (required),
 * {@code --listen 10.1.0.80}, {@code --http-port 80}, {@code --https-port 443}, {@code --school <id>},
 * {@code --ca-cert ca.pem --ca-key ca.key} (both, or neither and no HTTPS) and {@code --event-loops N}.
 */
public final class BlockPageServerMain {

    private BlockPageServerMain() {
    }

    public static void main(String[] args) throws Exception {
        BlockPageServer.Settings settings;
        try {
            settings = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        BlockPageServer server;
        try {
            server = BlockPageServer.start(settings);
        } catch (Exception cannotListen) {
            // A port taken, or a low port without CAP_NET_BIND_SERVICE; Netty rethrows the BindException unchecked.
            System.err.println("cannot listen on " + settings.listen().getHostAddress() + " ports "
                    + settings.httpPort() + (settings.ca().isPresent() ? " and " + settings.httpsPort() : "") + ": "
                    + cannotListen);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "blockpage-shutdown"));
        System.out.println("Tutela block page interceptor: HTTP on " + server.httpAddress()
                + server.httpsAddress().map(https -> ", HTTPS on " + https + " with certificates from the school CA")
                        .orElse(", no HTTPS (no --ca-cert and --ca-key): devices asking for a blocked https://"
                                + " site get a connection error")
                + ", sending devices to " + settings.blockPage().locationFor("http://casino.example/"));
        Thread.currentThread().join();
    }

    /** The command line, read. */
    static final class Options {

        static final String USAGE = "usage: BlockPageServerMain --block-page-url URL [--listen ADDRESS]"
                + " [--http-port N] [--https-port N] [--school SCHOOL-ID] [--ca-cert CA.pem --ca-key CA-KEY.pem]"
                + " [--event-loops N]";

        private Options() {
        }

        static BlockPageServer.Settings parse(String... args) {
            String listen = "0.0.0.0";
            int httpPort = 80;
            int httpsPort = 443;
            String url = null;
            UUID school = null;
            String caCert = null;
            String caKey = null;
            int loops = 1;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--listen" -> listen = value(args, ++i, arg);
                    case "--http-port" -> httpPort = number(args, ++i, arg);
                    case "--https-port" -> httpsPort = number(args, ++i, arg);
                    case "--block-page-url" -> url = value(args, ++i, arg);
                    case "--school" -> school = schoolId(value(args, ++i, arg));
                    case "--ca-cert" -> caCert = value(args, ++i, arg);
                    case "--ca-key" -> caKey = value(args, ++i, arg);
                    case "--event-loops" -> loops = number(args, ++i, arg);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("name the block page: --block-page-url https://tutela.example.org/blocked");
            }
            if ((caCert == null) != (caKey == null)) {
                throw new IllegalArgumentException("give the school CA as --ca-cert and --ca-key together");
            }
            return new BlockPageServer.Settings(literal(listen), httpPort, httpsPort, BlockPage.at(url, school),
                    caCert == null ? Optional.empty() : Optional.of(ca(Path.of(caCert), Path.of(caKey))), loops);
        }

        private static SchoolCa ca(Path certificate, Path key) {
            try {
                warnIfOthersMayRead(key);
                return SchoolCa.load(certificate, key);
            } catch (IOException unreadable) {
                throw new IllegalArgumentException("cannot read the school CA: " + unreadable);
            }
        }

        private static void warnIfOthersMayRead(Path key) throws IOException {
            try {
                var permissions = Files.getPosixFilePermissions(key);
                if (permissions.contains(PosixFilePermission.OTHERS_READ)
                        || permissions.contains(PosixFilePermission.GROUP_READ)) {
                    System.err.println("WARNING: the CA key " + key + " may be read by others than its owner:"
                            + " chmod 600 it");
                }
            } catch (UnsupportedOperationException notPosix) {
                // Nothing to check on this file system.
            }
        }

        private static UUID schoolId(String text) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException notAnId) {
                throw new IllegalArgumentException("--school is the school's id in Tutela (a UUID), not " + text);
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String[] args, int i, String option) {
            try {
                return Integer.parseInt(value(args, i, option));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(option + " needs a number");
            }
        }

        /** An IP address literal: the block page address, which the DNS resolver gives by number. */
        static InetAddress literal(String text) {
            if (!text.contains(":") && !text.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
                throw new IllegalArgumentException("an IP address, not a name: " + text);
            }
            try {
                return InetAddress.getByName(text);
            } catch (UnknownHostException notAnAddress) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
        }
    }
}
