package org.footnote.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An empty schema of its own on the test PostgreSQL server, dropped when closed, so that runs on one
 * server (several checkouts, CI) never see each other's rows. Its name carries its creation time:
 * the schemas of killed runs are dropped by the next run once they are a day old.
 */
public final class PostgresSchema implements AutoCloseable {

    private static final String PREFIX = "test_run_";
    private static final Duration LEFTOVER_AGE = Duration.ofDays(1);

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    /** Skips (or fails, see {@link Postgres#connect()}) where no server answers. */
    public static PostgresSchema create() {
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Connection c = Postgres.connect(); var s = c.createStatement()) {
            for (String leftover : leftovers(c)) {
                s.execute("drop schema if exists " + leftover + " cascade");
            }
            s.execute("create schema " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test schema " + name + ": " + e.getMessage(), e);
        }
        return new PostgresSchema(name);
    }

    public String name() {
        return name;
    }

    /** A JDBC URL whose connections work in this schema. */
    public String url() {
        return Postgres.url(name);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = Postgres.connect(); var s = c.createStatement()) {
            // An open transaction still holding a lock must not hang the build; the next run drops it then.
            s.execute("set lock_timeout = '10s'");
            s.execute("drop schema if exists " + name + " cascade");
        }
    }

    private static List<String> leftovers(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var s = c.prepareStatement("select nspname from pg_namespace where pg_get_userbyid(nspowner) = current_user "
                + "and case when nspname ~ '^" + PREFIX + "[0-9]+_[0-9]+$' then split_part(substr(nspname, ?), '_', 1)::bigint end < ?")) {
            s.setInt(1, PREFIX.length() + 1);
            s.setLong(2, Instant.now().minus(LEFTOVER_AGE).getEpochSecond());
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
