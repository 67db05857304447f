package org.footnote.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.footnote.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two tabs recording the day's first answer at the same instant: every writer's upsert of the same
 * new key succeeds and counts, on H2 and on PostgreSQL (where an insert after a failed update made
 * one of the two answers fail).
 */
class UpsertTest {

    private static final Upsert COUNTS = Upsert.into("upsert_test", "user_id", "activity_day").adding("answers").setting("last_writer");
    private static final int WRITERS = 8;
    private static final int ROUNDS = 15;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersOfOneNewKeyAllCountOnH2() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("upsert") + ";DB_CLOSE_ON_EXIT=FALSE";
        concurrentWritersAllCount(() -> connect(url), Upsert.Dialect.H2);
    }

    @Test
    void concurrentWritersOfOneNewKeyAllCountOnPostgres() throws Exception {
        try (Connection probe = Postgres.connect()) {
            probe.createStatement().execute("drop table if exists upsert_test");
        }
        concurrentWritersAllCount(Postgres::connect, Upsert.Dialect.POSTGRESQL);
    }

    @Test
    void theStatementReadsTheSameInBothDialects() {
        assertThat(COUNTS.sql(Upsert.Dialect.POSTGRESQL)).isEqualTo("insert into upsert_test (user_id, activity_day, answers, "
                + "last_writer) values (?, ?, ?, ?) on conflict (user_id, activity_day) do update set answers = "
                + "upsert_test.answers + excluded.answers, last_writer = excluded.last_writer");
        assertThat(COUNTS.sql(Upsert.Dialect.H2)).isEqualTo("merge into upsert_test t using (values (?, ?, ?, ?)) "
                + "v(user_id, activity_day, answers, last_writer) on t.user_id = v.user_id and t.activity_day = v.activity_day "
                + "when matched then update set answers = t.answers + v.answers, last_writer = v.last_writer when not matched "
                + "then insert (user_id, activity_day, answers, last_writer) values (v.user_id, v.activity_day, v.answers, "
                + "v.last_writer)");
    }

    private void concurrentWritersAllCount(Supplier<Connection> connections, Upsert.Dialect dialect) throws Exception {
        try (Connection setup = connections.get()) {
            setup.createStatement().execute("create table upsert_test (user_id bigint not null, activity_day date not null, "
                    + "answers integer not null, last_writer integer not null, primary key (user_id, activity_day))");
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long user = round;
                CyclicBarrier together = new CyclicBarrier(WRITERS);
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> {
                        try (Connection c = connections.get()) {
                            c.setAutoCommit(false);
                            together.await();
                            COUNTS.run(c, dialect, user, java.sql.Date.valueOf("2026-11-30"), 1, writer);
                            c.commit();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : writers) {
                    f.get(); // a failed writer fails the test with its exception
                }
                try (Connection check = connections.get(); var rs = check.createStatement().executeQuery(
                        "select answers from upsert_test where user_id = " + user)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as("round %d on %s", round, dialect).isEqualTo(WRITERS);
                }
            }
        } finally {
            pool.shutdownNow();
            try (Connection cleanup = connections.get()) {
                cleanup.createStatement().execute("drop table if exists upsert_test");
            }
        }
    }

    private static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url, "sa", "");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
