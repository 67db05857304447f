package org.footnote.support;

import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.Future;
import org.footnote.shared.persistence.Dialects;
import org.footnote.shared.persistence.Upsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets a test hold one transaction open exactly until another runs into it: waits until one of the
 * app's connections is waiting for a lock, or until the other task has ended without waiting. On
 * PostgreSQL only the connections of this test run count ({@link PostgresSpringTest} names them).
 */
public final class LockWaits {

    private static final long GIVE_UP_AFTER_MS = 30_000; // a hung test fails instead of hanging the build

    private LockWaits() {
    }

    public static void awaitWaitingOrDone(JdbcTemplate jdbc, Future<?> other) throws InterruptedException {
        String waiting = Dialects.of(jdbc.getDataSource()) == Upsert.Dialect.POSTGRESQL
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and application_name = current_setting('application_name')"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        long deadline = System.currentTimeMillis() + GIVE_UP_AFTER_MS;
        while (!other.isDone() && jdbc.queryForObject(waiting, Integer.class) == 0) {
            if (System.currentTimeMillis() > deadline) {
                fail("Nothing waited for a lock, and the other task did not end");
            }
            Thread.sleep(10);
        }
    }
}
