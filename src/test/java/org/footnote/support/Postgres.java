package org.footnote.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests also run against: {@code FOOTNOTE_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://localhost:5432/footnote_test}, user and password {@code footnote}), which
 * {@code .ci/run} installs and starts. Where none runs, the PostgreSQL half of a test is skipped, saying so.
 */
public final class Postgres {

    public static final String URL = env("FOOTNOTE_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/footnote_test");
    public static final String USER = env("FOOTNOTE_TEST_POSTGRES_USER", "footnote");
    public static final String PASSWORD = env("FOOTNOTE_TEST_POSTGRES_PASSWORD", "footnote");

    private Postgres() {
    }

    /** A connection, or the test is skipped when no server answers. */
    public static Connection connect() {
        try {
            return DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            Assumptions.abort("No PostgreSQL at " + URL + " (" + e.getMessage() + "); .ci/run starts one");
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
