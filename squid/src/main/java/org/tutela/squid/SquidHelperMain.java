package org.tutela.squid;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;

import org.tutela.decisionlog.DecisionDatabase;
import org.tutela.decisionlog.PostgresDecisionWriter;
import org.tutela.filtering.log.DecisionLog;
import org.tutela.filtering.log.QueuedDecisionLog;

/**
 * The helper process Squid starts: reads requests on stdin and answers on stdout. Stdout is the protocol, so logs go
 * to stderr (Squid's cache.log) and anything else printed is sent there too.
 */
public final class SquidHelperMain {

    private SquidHelperMain() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT tutela-squid %4$s: %5$s%6$s%n");
        var log = System.getLogger(SquidHelperMain.class.getName());
        HelperOptions options;
        EnforcedPolicy policy;
        SquidHelper helper;
        PostgresDecisionWriter writer = null;
        try {
            options = HelperOptions.parse(args);
            policy = EnforcedPolicy.from(options, Clock.systemUTC());
            DecisionLog decisions = DecisionLog.NONE;
            if (options.decisionDatabase() != null) {
                var queued = new QueuedDecisionLog(DecisionDatabase.QUEUE_CAPACITY);
                writer = options.decisionDatabase().startWriting(queued, "tutela-squid");
                // Squid stops helpers with SIGTERM as often as by closing their input: flush on either.
                Runtime.getRuntime().addShutdownHook(writer.flushOnShutdown("tutela-squid"));
                decisions = queued;
            }
            helper = helper(options, policy, decisions, Clock.systemUTC());
        } catch (IllegalArgumentException | IOException refused) {
            System.err.println("tutela-squid: " + refused.getMessage());
            System.err.println(HelperOptions.USAGE);
            System.exit(2);
            return;
        }
        var protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        log.log(Level.INFO, "answering Squid as {0} under policy v{1}", options.mode().name().toLowerCase(),
                policy.engine().policy().version());
        try (var in = new Latin1Input(new FileInputStream(FileDescriptor.in), 64 * 1024);
                var out = new Latin1Output(protocol, 64 * 1024)) {
            helper.serve(in, out);
        }
        log.log(Level.INFO, "Squid closed the helper's input: stopping");
        if (writer != null) {
            writer.close();
        }
    }

    static SquidHelper helper(HelperOptions options, EnforcedPolicy policy) {
        return helper(options, policy, DecisionLog.NONE, Clock.systemUTC());
    }

    /** A helper that records each decision it answers with in {@code decisions}. */
    static SquidHelper helper(HelperOptions options, EnforcedPolicy policy, DecisionLog decisions, Clock clock) {
        var filter = new RequestFilter(policy.engine(), decisions, policy.schoolId(), clock);
        HelperProtocol protocol = switch (options.mode()) {
            case REWRITE -> new UrlRewriter(
                    RequestFormat.urlRewriter(orDefault(options.format(), RequestFormat.DEFAULT_REWRITE_EXTRAS)),
                    filter, BlockPage.at(options.blockPage(), options.blockTunnel()));
            case ACL -> new ExternalAcl(
                    RequestFormat.externalAcl(orDefault(options.format(), RequestFormat.DEFAULT_EXTERNAL_ACL)),
                    filter);
        };
        return new SquidHelper(protocol, options.channelIds(), SquidHelper.MAX_LINE);
    }

    private static String orDefault(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
