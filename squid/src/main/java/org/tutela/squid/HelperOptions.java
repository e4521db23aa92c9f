package org.tutela.squid;

import java.util.ArrayDeque;
import java.util.List;

import org.tutela.decisionlog.DecisionDatabase;

/** The helper's command line, as squid.conf gives it. */
record HelperOptions(Mode mode, String blockPage, String blockTunnel, String format, boolean channelIds,
        boolean demoPolicy, String policy, DecisionDatabase decisionDatabase) {

    enum Mode { REWRITE, ACL }

    static final String USAGE = """
            usage: SquidHelperMain --mode rewrite|acl [--block-page URL] [--block-tunnel HOST:PORT]
                                   [--format 'SQUID FORMAT'] [--no-concurrency]
                                   --policy BUNDLE | --demo-policy
                                   [--decision-log jdbc:postgresql://HOST/DB --decision-log-user ROLE
                                    --decision-log-password-file FILE]
              --mode rewrite      answer url_rewrite_program requests (needs --block-page)
              --mode acl          answer external_acl_type requests
              --block-page URL    the block page, e.g. http://block.tutela.local/blocked
              --block-tunnel H:P  where a blocked CONNECT goes (default: the block page's host, port 443);
                                  'redirect' answers it with a redirect, which browsers show as an error
              --format F          the url_rewrite_extras or external_acl_type FORMAT in squid.conf
                                  (defaults: '%>a/%>A %un %>rm myip=%la myport=%lp' and '%SRC %un %>rm %URI')
              --no-concurrency    Squid runs the helper without concurrency=N, so lines carry no channel ID
              --policy BUNDLE     enforce the school's policy bundle (written by Tutela), reloaded when it changes
              --demo-policy       enforce the small built-in demo policy
              --decision-log URL  write every decision to the filter_decision table of this PostgreSQL database,
                                  as --decision-log-user, with the password in --decision-log-password-file
                                  (off by default)""";

    static HelperOptions parse(String... args) {
        var rest = new ArrayDeque<>(List.of(args));
        Mode mode = null;
        String blockPage = null;
        String blockTunnel = null;
        String format = null;
        boolean channelIds = true;
        boolean demo = false;
        String policy = null;
        String decisionLog = null;
        String decisionLogUser = null;
        String decisionLogPasswordFile = null;
        while (!rest.isEmpty()) {
            var option = rest.poll();
            switch (option) {
                case "--mode" -> mode = mode(value(option, rest));
                case "--block-page" -> blockPage = value(option, rest);
                case "--block-tunnel" -> blockTunnel = value(option, rest);
                case "--format" -> format = value(option, rest);
                case "--no-concurrency" -> channelIds = false;
                case "--demo-policy" -> demo = true;
                case "--policy" -> policy = value(option, rest);
                case "--decision-log" -> decisionLog = value(option, rest);
                case "--decision-log-user" -> decisionLogUser = value(option, rest);
                case "--decision-log-password-file" -> decisionLogPasswordFile = value(option, rest);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (mode == null) {
            throw new IllegalArgumentException("say which helper to be: --mode rewrite or --mode acl");
        }
        if (mode == Mode.REWRITE && blockPage == null) {
            throw new IllegalArgumentException("the rewriter needs --block-page");
        }
        return new HelperOptions(mode, blockPage, blockTunnel, format, channelIds, demo, policy,
                DecisionDatabase.of(decisionLog, decisionLogUser, decisionLogPasswordFile));
    }

    private static String value(String option, ArrayDeque<String> rest) {
        var value = rest.poll();
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static Mode mode(String value) {
        return switch (value) {
            case "rewrite" -> Mode.REWRITE;
            case "acl" -> Mode.ACL;
            default -> throw new IllegalArgumentException("--mode is rewrite or acl, not " + value);
        };
    }
}
