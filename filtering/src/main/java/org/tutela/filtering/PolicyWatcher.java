package org.tutela.filtering;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps an engine on the newest policy bundle: checks the file every few seconds and activates a newer version
 * without a restart. A bundle that fails to load or compile is reported and the last good policy stays in force,
 * so the illegal lists are never dropped (fail closed).
 */
public final class PolicyWatcher implements AutoCloseable {

    private static final System.Logger log = System.getLogger(PolicyWatcher.class.getName());

    private final Path bundle;
    private final BlockListSource lists;
    private final FilterEngine engine;
    private final ScheduledExecutorService schedule;
    private FileTime lastSeen;
    private volatile String lastProblem;

    private PolicyWatcher(Path bundle, BlockListSource lists, FilterEngine engine) {
        this.bundle = bundle;
        this.lists = lists;
        this.engine = engine;
        this.schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "tutela-policy-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Watches the bundle an engine was started from (see {@link PolicyBundles#load}), checking it every few seconds.
     */
    public static PolicyWatcher watch(Path bundle, BlockListSource lists, FilterEngine engine, long everySeconds)
            throws IOException {
        var watcher = new PolicyWatcher(bundle, lists, engine);
        watcher.lastSeen = Files.getLastModifiedTime(bundle);
        watcher.schedule.scheduleWithFixedDelay(watcher::check, everySeconds, everySeconds, TimeUnit.SECONDS);
        return watcher;
    }

    /** A watcher that checks only when asked, for tests and for a reload signal. */
    public static PolicyWatcher manual(Path bundle, BlockListSource lists, FilterEngine engine) throws IOException {
        var watcher = new PolicyWatcher(bundle, lists, engine);
        watcher.lastSeen = Files.getLastModifiedTime(bundle);
        return watcher;
    }

    /** Checks the bundle once; true when a new version was put in force. */
    public synchronized boolean check() {
        try {
            var modified = Files.getLastModifiedTime(bundle);
            if (modified.equals(lastSeen)) {
                return false;
            }
            var next = PolicyBundles.load(bundle, lists);
            lastSeen = modified;
            // The same version can come back with other temporary allows: a changed file is always put in force.
            engine.activate(next);
            lastProblem = null;
            log.log(Level.INFO, "policy version {0} is in force", next.version());
            return true;
        } catch (IOException | RuntimeException failed) {
            // Retried at every check, since a list may have been caught half written; reported once per problem.
            var problem = String.valueOf(failed.getMessage());
            if (!problem.equals(lastProblem)) {
                log.log(Level.ERROR, "kept policy version " + engine.policy().version() + ": " + problem);
            }
            lastProblem = problem;
            return false;
        }
    }

    /** Why the last reload failed, or null when the newest bundle is in force. */
    public String lastProblem() {
        return lastProblem;
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
