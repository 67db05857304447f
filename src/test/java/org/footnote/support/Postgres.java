package org.footnote.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests also run against: {@code FOOTNOTE_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://localhost:5432/footnote_test}, user and password {@code footnote}), which
 * {@code .ci/run} installs and starts. Where none runs, the PostgreSQL half of a test is skipped, saying so;
 * with {@code FOOTNOTE_TEST_POSTGRES_REQUIRED=true} (set by {@code .ci/run}) it fails instead.
 */
public final class Postgres {

    public static final String URL = env("FOOTNOTE_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/footnote_test");
    public static final String USER = env("FOOTNOTE_TEST_POSTGRES_USER", "footnote");
    public static final String PASSWORD = env("FOOTNOTE_TEST_POSTGRES_PASSWORD", "footnote");
    private static final boolean REQUIRED = Boolean.parseBoolean(env("FOOTNOTE_TEST_POSTGRES_REQUIRED", "false"));

    private Postgres() {
    }

    /** A connection, or the test is skipped (failed where PostgreSQL is required) when no server answers. */
    public static Connection connect() {
        try {
            return DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            String absent = "No PostgreSQL at " + URL + " (" + e.getMessage() + ")";
            if (REQUIRED) {
                throw new IllegalStateException(absent + ", and FOOTNOTE_TEST_POSTGRES_REQUIRED is set", e);
            }
            Assumptions.abort(absent + "; .ci/run starts one");
            throw new IllegalStateException(e);
        }
    }

    /** {@link #URL} with {@code schema} as the connections' current schema. */
    public static String url(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
