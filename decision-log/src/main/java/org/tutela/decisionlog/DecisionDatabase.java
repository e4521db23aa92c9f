package org.tutela.decisionlog;

import java.io.IOException;
import java.nio.file.Path;

import org.tutela.filtering.log.QueuedDecisionLog;

/**
 * Where an enforcement point writes its decisions, as its command line names it: {@code --decision-log
 * jdbc:postgresql://host/db} with {@code --decision-log-user} and {@code --decision-log-password-file}.
 */
public record DecisionDatabase(String url, String user, Path passwordFile) {

    /** Decisions queued for the writer; past this many waiting, they are dropped and counted. */
    public static final int QUEUE_CAPACITY = 65_536;

    public static final String OPTIONS = "[--decision-log jdbc:postgresql://HOST/DB --decision-log-user ROLE"
            + " --decision-log-password-file FILE]";

    /** The database the options name, or null when they name none (the log is off by default). */
    public static DecisionDatabase of(String url, String user, String passwordFile) {
        if (url == null) {
            if (user != null || passwordFile != null) {
                throw new IllegalArgumentException("--decision-log-user and --decision-log-password-file need"
                        + " --decision-log jdbc:postgresql://HOST/DB");
            }
            return null;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--decision-log is a jdbc:postgresql: URL, not " + url);
        }
        if (user == null || passwordFile == null) {
            throw new IllegalArgumentException("--decision-log needs --decision-log-user and"
                    + " --decision-log-password-file");
        }
        return new DecisionDatabase(url, user, Path.of(passwordFile));
    }

    /** Starts writing what {@code queue} receives; the password file is read now, so a wrong path fails at start. */
    public PostgresDecisionWriter startWriting(QueuedDecisionLog queue, String applicationName) throws IOException {
        return PostgresDecisionWriter.start(queue, Connections.to(url, user, passwordFile, applicationName),
                PostgresDecisionWriter.Settings.DEFAULTS);
    }
}
