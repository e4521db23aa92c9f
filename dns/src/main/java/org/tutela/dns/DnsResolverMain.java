package org.tutela.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.tutela.decisionlog.DecisionDatabase;
import org.tutela.filtering.log.DecisionEvent;
import org.tutela.filtering.log.DecisionLog;
import org.tutela.filtering.log.QueuedDecisionLog;

/**
 * Runs the resolver: {@code --upstream 192.0.2.53[:53]} (repeat or comma-separate), {@code --listen 0.0.0.0},
 * {@code --port 53}, {@code --block-mode nxdomain|block-page} with {@code --block-page-address} (an IPv4 and
 * optionally an IPv6 address), {@code --block-ttl}, {@code --cache-size} (answers), {@code --cache-memory} (MB), {@code --event-loops}, {@code --timeout-ms},
 * {@code --attempts}, {@code --print-decisions} or {@code --decision-log} (see {@link DecisionDatabase}), and the policy: {@code --policy BUNDLE} (the school's policy bundle,
 * reloaded when it changes) or {@code --demo-policy}.
 */
public final class DnsResolverMain {

    private DnsResolverMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        var clock = Clock.systemUTC();
        var enforced = options.policySource().load(clock);
        DecisionLog log = DecisionLog.NONE;
        if (options.printDecisions()) {
            var queued = new QueuedDecisionLog(65_536);
            startPrinter(queued);
            log = queued;
        } else if (options.decisionDatabase() != null) {
            var queued = new QueuedDecisionLog(DecisionDatabase.QUEUE_CAPACITY);
            var writer = options.decisionDatabase().startWriting(queued, "tutela-dns");
            Runtime.getRuntime().addShutdownHook(writer.flushOnShutdown("tutela-dns"));
            log = queued;
        }
        var server = DnsServer.start(options.settings(), enforced.engine(), enforced.networks(), log,
                enforced.schoolId());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dns-shutdown"));
        System.out.println("Tutela DNS resolver on " + server.address() + " (UDP and TCP), policy v"
                + enforced.engine().policy().version() + ", forwarding to " + options.settings().upstreams());
        Thread.currentThread().join();
    }

    private static void startPrinter(QueuedDecisionLog log) {
        var printer = new Thread(() -> {
            var batch = new ArrayList<DecisionEvent>();
            long droppedSeen = 0;
            while (true) {
                batch.clear();
                if (log.drainTo(batch, 1024) == 0) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
                batch.forEach(event -> System.out.println(event.occurredAt() + " "
                        + event.clientAddress().getHostAddress() + " " + event.group() + " " + event.host() + " "
                        + event.queryType() + " " + event.verdict() + " " + event.rule() + " " + (event.category() == null ? "-" : event.category().id()) + " v"
                        + event.policyVersion()));
                long dropped = log.dropped();
                if (dropped != droppedSeen) {
                    System.out.println("decision log dropped " + dropped + " events so far: the printer is behind");
                    droppedSeen = dropped;
                }
            }
        }, "decision-printer");
        printer.setDaemon(true);
        printer.start();
    }

    /** The command line, read. */
    record Options(ResolverSettings settings, PolicySource policySource, boolean printDecisions,
            DecisionDatabase decisionDatabase) {

        static final String USAGE = "usage: DnsResolverMain --policy BUNDLE|--demo-policy --upstream ADDRESS[:PORT] [--upstream ...]"
                + " [--listen ADDRESS] [--port N] [--block-mode nxdomain|block-page] [--block-page-address IP]..."
                + " [--block-ttl SECONDS] [--cache-size N] [--cache-memory MB] [--event-loops N] [--timeout-ms N] [--attempts N]"
                + " [--print-decisions | " + DecisionDatabase.OPTIONS + "]";

        static Options parse(String... args) {
            String listen = "0.0.0.0";
            int port = 53;
            var upstreams = new ArrayList<InetSocketAddress>();
            String mode = "nxdomain";
            var pageAddresses = new ArrayList<InetAddress>();
            int blockTtl = BlockAnswer.DEFAULT_TTL;
            int cacheSize = 100_000;
            long cacheMemory = AnswerCache.DEFAULT_MEMORY;
            int loops = 1;
            int timeoutMillis = 2000;
            int attempts = 3;
            boolean demo = false;
            String bundle = null;
            boolean print = false;
            String decisionLog = null;
            String decisionLogUser = null;
            String decisionLogPasswordFile = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--listen" -> listen = value(args, ++i, arg);
                    case "--port" -> port = number(args, ++i, arg);
                    case "--upstream" -> {
                        for (var upstream : value(args, ++i, arg).split(",")) {
                            upstreams.add(socketAddress(upstream.trim(), 53));
                        }
                    }
                    case "--block-mode" -> mode = value(args, ++i, arg);
                    case "--block-page-address" -> pageAddresses.add(literal(value(args, ++i, arg)));
                    case "--block-ttl" -> blockTtl = number(args, ++i, arg);
                    case "--cache-size" -> cacheSize = number(args, ++i, arg);
                    case "--cache-memory" -> cacheMemory = (long) number(args, ++i, arg) << 20;
                    case "--event-loops" -> loops = number(args, ++i, arg);
                    case "--timeout-ms" -> timeoutMillis = number(args, ++i, arg);
                    case "--attempts" -> attempts = number(args, ++i, arg);
                    case "--demo-policy" -> demo = true;
                    case "--policy" -> bundle = value(args, ++i, arg);
                    case "--print-decisions" -> print = true;
                    case "--decision-log" -> decisionLog = value(args, ++i, arg);
                    case "--decision-log-user" -> decisionLogUser = value(args, ++i, arg);
                    case "--decision-log-password-file" -> decisionLogPasswordFile = value(args, ++i, arg);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (demo == (bundle != null)) {
                throw new IllegalArgumentException("name the policy: --policy BUNDLE (written by Tutela), or --demo-policy");
            }
            var decisionDatabase = DecisionDatabase.of(decisionLog, decisionLogUser, decisionLogPasswordFile);
            if (print && decisionDatabase != null) {
                throw new IllegalArgumentException("--print-decisions or --decision-log, not both");
            }
            var block = switch (mode) {
                case "nxdomain" -> BlockAnswer.nxdomain(blockTtl);
                case "block-page" -> {
                    if (pageAddresses.isEmpty()) {
                        throw new IllegalArgumentException("--block-mode block-page needs --block-page-address");
                    }
                    yield BlockAnswer.blockPage(pageAddresses, blockTtl);
                }
                default -> throw new IllegalArgumentException("--block-mode is nxdomain or block-page, not " + mode);
            };
            var settings = new ResolverSettings(new InetSocketAddress(literal(listen), port), upstreams,
                    Duration.ofMillis(timeoutMillis), attempts, block, cacheSize, cacheMemory, 300, loops);
            return new Options(settings, bundle != null ? new BundlePolicy(java.nio.file.Path.of(bundle)) : new DemoPolicy(),
                    print, decisionDatabase);
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

        /** "192.0.2.1", "192.0.2.1:5353", "2001:db8::1", "[2001:db8::1]:5353". */
        static InetSocketAddress socketAddress(String text, int defaultPort) {
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("not an address: " + text);
                }
                int port = close + 1 < text.length() && text.charAt(close + 1) == ':'
                        ? parsePort(text.substring(close + 2), text) : defaultPort;
                return new InetSocketAddress(literal(text.substring(1, close)), port);
            }
            int colon = text.indexOf(':');
            if (colon >= 0 && colon == text.lastIndexOf(':')) {
                return new InetSocketAddress(literal(text.substring(0, colon)), parsePort(text.substring(colon + 1), text));
            }
            return new InetSocketAddress(literal(text), defaultPort);
        }

        private static int parsePort(String port, String text) {
            try {
                return Integer.parseInt(port);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("not a port in " + text);
            }
        }

        /** An IP address literal; a host name is refused, since a resolver cannot wait on resolving its own upstream. */
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
