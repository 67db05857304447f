package org.footnote.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride.Override;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A closed H2 database costs the request that met it, not every request until a restart. */
class BrokenDatabaseEvictionTest {

    private static final String POOL_NAME = "footnote-eviction-test-" + ProcessHandle.current().pid();

    @TempDir
    Path folder;

    @Test
    void closedDatabaseAndFailedWritesEvictOtherErrorsKeepThePoolsOwnJudgement() {
        var eviction = new BrokenDatabaseEviction();
        assertThat(eviction.adjudicate(new SQLException("Database is already closed", "90098", 90098)))
                .isEqualTo(Override.MUST_EVICT);
        assertThat(eviction.adjudicate(new SQLException("General error: \"org.h2.mvstore.MVStoreException: "
                + "Writing to sun.nio.ch.FileChannelImpl failed\"", "HY000", 50000))).isEqualTo(Override.MUST_EVICT);
        assertThat(eviction.adjudicate(new SQLException("Value too long for column", "22001", 22001)))
                .isEqualTo(Override.CONTINUE_EVICT);
        assertThat(eviction.adjudicate(new SQLException("wrapped", new SQLException("closed", "90121", 90121))))
                .isEqualTo(Override.MUST_EVICT);
    }

    @Test
    void afterTheDatabaseClosesItselfTheNextRequestsGetAFreshConnectionToTheReopenedFile() throws Exception {
        try (var pool = pool(BrokenDatabaseEviction.class.getName())) {
            write(pool, "create table answer (id int primary key)");
            write(pool, "insert into answer values (1)");
            closeTheDatabaseUnderThePool(pool);

            assertThat(count(pool)).as("the file is open again, with what it held").isEqualTo(1);
            write(pool, "insert into answer values (2)");
            assertThat(count(pool)).isEqualTo(2);
        }
    }

    @Test
    void withoutItThePoolKeepsLendingTheDeadConnection() throws Exception {
        try (var pool = pool(null)) {
            write(pool, "create table answer (id int primary key)");
            closeTheDatabaseUnderThePool(pool);
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> count(pool)).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void onPostgreSqlLostConnectionsAreReplacedWithoutARestart() throws Exception {
        try (var admin = org.footnote.support.Postgres.connect()) {
            var config = new HikariConfig();
            config.setJdbcUrl(org.footnote.support.Postgres.URL);
            config.setUsername(org.footnote.support.Postgres.USER);
            config.setPassword(org.footnote.support.Postgres.PASSWORD);
            config.setMaximumPoolSize(2);
            config.setExceptionOverrideClassName(BrokenDatabaseEviction.class.getName());
            // Named, so that only this pool's connections are dropped, not those of other runs on the server.
            config.addDataSourceProperty("ApplicationName", POOL_NAME);
            try (var pool = new HikariDataSource(config)) {
                assertThat(one(pool)).isEqualTo(1);
                // The server drops every connection of the pool (a restart, a failover, a network cut).
                try (var s = admin.createStatement(); var dropped = s.executeQuery("select count(pg_terminate_backend(pid)) "
                        + "from pg_stat_activity where application_name = '" + POOL_NAME + "' and usename = current_user")) {
                    dropped.next();
                    assertThat(dropped.getInt(1)).as("connections dropped").isPositive();
                }
                int failures = 0;
                while (true) {
                    try {
                        assertThat(one(pool)).isEqualTo(1);
                        break;
                    } catch (SQLException lost) {
                        assertThat(++failures).as("requests that meet a dropped connection").isLessThanOrEqualTo(2);
                    }
                }
            }
        }
    }

    private static int one(DataSource pool) throws SQLException {
        try (var c = pool.getConnection(); var s = c.createStatement(); var r = s.executeQuery("select 1")) {
            r.next();
            return r.getInt(1);
        }
    }

    private HikariDataSource pool(String override) {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0");
        config.setUsername("sa");
        config.setMaximumPoolSize(1);
        config.setExceptionOverrideClassName(override);
        return new HikariDataSource(config);
    }

    /** What a failed write does to H2: the database closes, and the pooled connection is dead. */
    private static void closeTheDatabaseUnderThePool(DataSource pool) throws SQLException {
        var c = pool.getConnection();
        c.createStatement().execute("shutdown");
        try {
            c.close(); // back to the pool, dead
        } catch (SQLException expected) {
            // Returning a connection to a closed database fails too; the pool keeps it all the same.
        }
    }

    private static void write(DataSource pool, String sql) throws SQLException {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(DataSource pool) throws SQLException {
        try (var c = pool.getConnection(); var s = c.createStatement(); var r = s.executeQuery("select count(*) from answer")) {
            r.next();
            return r.getInt(1);
        }
    }
}
