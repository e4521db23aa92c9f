package org.tutela;

import java.util.HashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's application context at one embedded PostgreSQL shared by the whole test run. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedDatabase database;
    private static java.nio.file.Path bundles;

    /** Where approved filtering policies are written during the tests. */
    public static synchronized java.nio.file.Path bundleDirectory() {
        if (bundles == null) {
            try {
                bundles = java.nio.file.Files.createTempDirectory("tutela-bundles");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bundles;
    }

    public static synchronized EmbeddedDatabase instance() {
        if (database == null) {
            database = EmbeddedDatabase.throwaway();
        }
        return database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new HashMap<String, Object>(instance().properties());
        properties.put("TUTELA_IDENTITY_SECRET_KEY", "test-only-secret-key-not-for-production-use");
        properties.put("TUTELA_SECURE_COOKIES", "false");
        properties.put("server.shutdown", "immediate");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(TestMail.port()));
        properties.put("tutela.filtering.bundle-directory", bundleDirectory().toString());
        // The embedded PostgreSQL may stop before the context closes: do not wait 30 s for a connection then.
        properties.put("spring.datasource.hikari.connection-timeout", "2000");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tutela-test-database", properties));
    }
}
