package org.tutela;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;

/**
 * Runs Tutela on this machine with an embedded PostgreSQL whose data stays in {@code .tutela/postgres} between runs,
 * and the fictional demo trust. Started by the README's run command; never part of a production build.
 */
public class DevTutela {

    public static void main(String[] args) {
        var directory = Path.of(System.getProperty("tutela.dev.data", ".tutela/postgres")).toAbsolutePath();
        var database = EmbeddedDatabase.persistentIn(directory);
        database.properties().forEach(System::setProperty);
        System.setProperty("TUTELA_IDENTITY_SECRET_KEY", "development-only-secret-key-not-for-production-use");
        System.setProperty("TUTELA_SECURE_COOKIES", "false");
        System.setProperty("spring.thymeleaf.cache", "false");
        org.slf4j.LoggerFactory.getLogger(DevTutela.class).info(
                "Using the embedded PostgreSQL on port {} with its data in {} (it persists between runs; delete the "
                        + "directory to start again). Set TUTELA_DATABASE_URL and run the packaged jar to use a real "
                        + "PostgreSQL instead.", database.port(), directory);
        SpringApplication.from(TutelaApplication::main).withAdditionalProfiles("demo").run(args);
    }
}
