package org.tutela.decisionlog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Where the writer gets a connection, again after each failure. */
@FunctionalInterface
public interface Connections {

    Connection open() throws SQLException;

    /**
     * A PostgreSQL database, as a role that may only insert into {@code filter_decision}. Timeouts keep a database
     * that stopped answering from holding the writer for ever; the writer's thread is the only one that waits.
     */
    static Connections to(String url, String user, Path passwordFile, String applicationName) throws IOException {
        // From a file, never the command line, where every user of the machine can read it.
        var password = Files.readString(passwordFile).strip();
        return to(url, user, password, applicationName);
    }

    static Connections to(String url, String user, String password, String applicationName) {
        return () -> {
            var properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("ApplicationName", applicationName);
            properties.setProperty("connectTimeout", "10");
            properties.setProperty("socketTimeout", "60");
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(url, properties);
        };
    }
}
