package org.tutela.squid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.tutela.filtering.FilterEngine;

/**
 * A real Squid for the integration test, all its files in one directory: two loopback ports, one whose requests go
 * through the helper as url_rewrite_program and one where the helper is an external ACL; a hosts file for the test's
 * site names; no cache. Squid refuses to run as root, so as root it runs as Debian's {@code proxy} user (or
 * {@code nobody}), which then owns the directory, and the helper's classes are copied in where that user can read them.
 */
final class RunningSquid implements AutoCloseable {

    static final Path SQUID = Path.of("/usr/sbin/squid");

    private final Path dir;
    private final String service;
    private final Process process;
    final int rewriterPort;
    final int aclPort;

    private RunningSquid(Path dir, String service, Process process, int rewriterPort, int aclPort) {
        this.dir = dir;
        this.service = service;
        this.process = process;
        this.rewriterPort = rewriterPort;
        this.aclPort = aclPort;
    }

    static RunningSquid start(Path dir, int originPort) throws IOException, InterruptedException {
        int rewriterPort = freePort();
        int aclPort = freePort();
        // Squid names its shared memory after the service: a name of our own keeps clear of any other Squid.
        var service = "tutelait" + ProcessHandle.current().pid();
        var classes = helperClasspath(dir.resolve("helper"));
        Files.writeString(dir.resolve("hosts"),
                "127.0.0.1 allowed.example games.example casino.example block.tutela.test\n");
        var conf = dir.resolve("squid.conf");
        Files.writeString(conf, conf(dir, rewriterPort, aclPort, originPort, classes));
        var user = unprivilegedUser();
        if (user != null) {
            giveTo(dir, user);
        }
        var process = new ProcessBuilder(SQUID.toString(), "-N", "-n", service, "-f", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("squid.out").toFile()).start();
        var squid = new RunningSquid(dir, service, process, rewriterPort, aclPort);
        squid.awaitListening(Duration.ofSeconds(60));
        return squid;
    }

    private static String conf(Path dir, int rewriterPort, int aclPort, int originPort, String classes) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java");
        var helper = java + " -cp " + classes + " " + SquidHelperMain.class.getName();
        var blockServer = "block.tutela.test:" + originPort;
        var user = unprivilegedUserName();
        return String.join("\n",
                "http_port 127.0.0.1:" + rewriterPort,
                "http_port 127.0.0.1:" + aclPort,
                "visible_hostname tutela-squid-it",
                user == null ? "" : "cache_effective_user " + user,
                "cache deny all",
                "cache_mem 0 MB",
                "pid_filename " + dir.resolve("squid.pid"),
                "cache_log " + dir.resolve("cache.log"),
                "logformat tutela %ts.%03tu %>a %Ss/%03>Hs %rm %>ru %un note=%{log}note ea=%ea",
                "access_log stdio:" + dir.resolve("access.log") + " tutela",
                "coredump_dir " + dir,
                "netdb_filename none",
                "pinger_enable off",
                "shutdown_lifetime 0 seconds",
                "hosts_file " + dir.resolve("hosts"),
                "acl via_rewriter localport " + rewriterPort,
                "acl via_acl localport " + aclPort,
                "url_rewrite_program " + helper + " --mode rewrite --block-page http://" + blockServer
                        + "/blocked --block-tunnel " + blockServer + " --demo-policy",
                "url_rewrite_children 2 startup=1 idle=1 concurrency=8",
                "url_rewrite_access allow via_rewriter",
                "url_rewrite_access deny all",
                "external_acl_type tutela children-max=2 children-startup=1 concurrency=8 ttl=5 negative_ttl=5"
                        + " %SRC %un %>rm %URI " + helper + " --mode acl --demo-policy",
                "acl tutela_allowed external tutela",
                "deny_info http://" + blockServer + "/blocked?url=%u&reason=%o tutela_allowed",
                "http_access deny via_acl !tutela_allowed",
                "http_access allow localhost",
                "http_access deny all",
                "");
    }

    /** The access log's lines so far. */
    List<String> accessLog() throws IOException {
        var log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** The access log line of a URL, once Squid has written it. */
    String accessLogLineOf(String url) throws IOException, InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            for (var line : accessLog()) {
                if (line.contains(" " + url + " ")) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log line for " + url + " in:\n" + String.join("\n", accessLog()));
    }

    String cacheLog() {
        try {
            var log = dir.resolve("cache.log");
            return (Files.exists(log) ? Files.readString(log) : "")
                    + Files.readString(dir.resolve("squid.out"));
        } catch (IOException unreadable) {
            return "(cache.log unreadable: " + unreadable + ")";
        }
    }

    private void awaitListening(Duration patience) throws InterruptedException {
        var deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("squid exited with " + process.exitValue() + ":\n" + cacheLog());
            }
            if (listening(rewriterPort) && listening(aclPort)) {
                return;
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("squid did not listen within " + patience + ":\n" + cacheLog());
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Asks Squid to stop, then makes sure it has; its helpers stop when their input closes. */
    @Override
    public void close() {
        var helpers = process.descendants().toList();
        try {
            var shutdown = new ProcessBuilder(SQUID.toString(), "-k", "shutdown", "-n", service, "-f",
                    dir.resolve("squid.conf").toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("shutdown.out").toFile()).start();
            shutdown.waitFor(10, TimeUnit.SECONDS);
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException stopping) {
            process.destroyForcibly();
        } finally {
            helpers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            removeSharedMemory();
        }
    }

    private void removeSharedMemory() {
        try (var segments = Files.list(Path.of("/dev/shm"))) {
            segments.filter(segment -> segment.getFileName().toString().startsWith(service + "-"))
                    .forEach(segment -> segment.toFile().delete());
        } catch (IOException | UncheckedIOException noShm) {
            // Nothing left to clean.
        }
    }

    /**
     * The helper needs only its own classes, the filtering engine's and the decision log's (with PostgreSQL's
     * driver): copied into the directory, because the build's
     * classpath may sit where Squid's unprivileged user cannot read (root's home, say).
     */
    private static String helperClasspath(Path into) throws IOException {
        var entries = new StringBuilder();
        int i = 0;
        for (var type : List.of(SquidHelperMain.class, FilterEngine.class,
                org.tutela.decisionlog.PostgresDecisionWriter.class, org.postgresql.Driver.class)) {
            var source = Path.of(codeSource(type));
            var target = into.resolve(i++ + "-" + source.getFileName());
            copy(source, target);
            entries.append(entries.length() == 0 ? "" : ":").append(target);
        }
        return entries.toString();
    }

    private static URI codeSource(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        if (Files.isRegularFile(source)) {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                Files.createDirectories(target.resolve(source.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String unprivilegedUserName() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return null;
        }
        for (var name : List.of("proxy", "nobody")) {
            try {
                Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
                return name;
            } catch (UserPrincipalNotFoundException unknown) {
                // try the next
            } catch (IOException lookupFailed) {
                throw new UncheckedIOException(lookupFailed);
            }
        }
        throw new IllegalStateException("Squid will not run as root, and there is neither a proxy nor a nobody user");
    }

    private static UserPrincipal unprivilegedUser() throws IOException {
        var name = unprivilegedUserName();
        return name == null ? null
                : Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
    }

    private static void giveTo(Path dir, UserPrincipal user) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (var path : (Iterable<Path>) paths::iterator) {
                Files.setOwner(path, user);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
