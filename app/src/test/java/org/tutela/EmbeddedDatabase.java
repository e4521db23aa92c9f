package org.tutela;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for development and tests, with the same two roles as production: {@code tutela_owner} owns the
 * schema and runs Flyway, {@code tutela_app} is what the application connects as.
 */
public final class EmbeddedDatabase {

    static final String APP_PASSWORD = "tutela-app-local";
    static final String OWNER_PASSWORD = "tutela-owner-local";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Keeps its data in a directory between runs. */
    public static EmbeddedDatabase persistentIn(Path directory) {
        try {
            Files.createDirectories(directory);
            removeStaleLock(directory);
            return prepared(EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * A server that was killed rather than stopped leaves its lock file behind, and PostgreSQL then refuses to start.
     * Remove it when no PostgreSQL with that process id is running; refuse when one is.
     */
    private static void removeStaleLock(Path directory) throws IOException {
        var lock = directory.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        var lines = Files.readAllLines(lock);
        var pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        var running = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().command())
                .filter(command -> command.endsWith("postgres"))
                .isPresent();
        if (running) {
            throw new IllegalStateException("PostgreSQL (process " + pid + ") is already using " + directory
                    + ": is Tutela already running?");
        }
        Files.delete(lock);
    }

    /** A throwaway database for tests; durability does not matter there, so fsync is off. */
    public static EmbeddedDatabase throwaway() {
        try {
            return prepared(EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedDatabase prepared(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = 'tutela_owner') then
                        create role tutela_owner login password '%s';
                      end if;
                      if not exists (select from pg_roles where rolname = 'tutela_app') then
                        create role tutela_app login password '%s';
                      end if;
                    end $$""".formatted(OWNER_PASSWORD, APP_PASSWORD));
            var exists = statement.executeQuery("select 1 from pg_database where datname = 'tutela'").next();
            if (!exists) {
                statement.execute("create database tutela owner tutela_owner");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the embedded PostgreSQL", e);
        }
        try (var connection = postgres.getDatabase("postgres", "tutela").getConnection();
                var statement = connection.createStatement()) {
            statement.execute("alter schema public owner to tutela_owner");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the tutela database", e);
        }
        return new EmbeddedDatabase(postgres);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("tutela_app", "tutela").replaceAll("\\?.*", "");
    }

    /** The properties that point Tutela at this database, as its README says to do for a real one. */
    public Map<String, String> properties() {
        return Map.of(
                "TUTELA_DATABASE_URL", jdbcUrl(),
                "TUTELA_DATABASE_USER", "tutela_app",
                "TUTELA_DATABASE_PASSWORD", APP_PASSWORD,
                "TUTELA_DATABASE_OWNER", "tutela_owner",
                "TUTELA_DATABASE_OWNER_PASSWORD", OWNER_PASSWORD);
    }

    public int port() {
        return postgres.getPort();
    }
}
