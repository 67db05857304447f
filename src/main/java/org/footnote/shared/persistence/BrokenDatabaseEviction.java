package org.footnote.shared.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to drop connections to an H2 database that has closed itself (after a
 * failed write: a full disk, a vanished file). H2 reports that with codes Hikari does not know, so
 * without this the pool lends the dead connections forever. With it, each request meets a fresh
 * connection: PostgreSQL recovers by itself once reachable; H2 reopens a database that was shut
 * down, but after a failed write it keeps its file locked until the process restarts (measured
 * with a full disk), so then this says so in the log, once a minute, in one line.
 */
public class BrokenDatabaseEviction implements SQLExceptionOverride {

    /** H2's "database is closed", "database called at shutdown" and "file corrupted / I/O" errors. */
    private static final java.util.Set<Integer> FATAL_H2_CODES = java.util.Set.of(90098, 90121, 90030, 90028);

    /** H2's "general error", fatal when its store failed to write. */
    private static final int GENERAL_ERROR = 50000;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (FATAL_H2_CODES.contains(sql.getErrorCode())
                    || sql.getErrorCode() == GENERAL_ERROR && String.valueOf(sql.getMessage()).contains("MVStoreException"))
                    || t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                sayOnce(e);
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }

    /**
     * One line for whoever runs Footnote, at most once a minute. H2 keeps its file locked after such
     * a failure, so on the embedded database a restart is needed once the cause is fixed.
     */
    private static void sayOnce(SQLException e) {
        long now = System.nanoTime();
        long last = lastSaid.get();
        if (last != 0 && now - last < java.util.concurrent.TimeUnit.MINUTES.toNanos(1) || !lastSaid.compareAndSet(last, now)) {
            return;
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        log.error("The database stopped after a failed write ({}). Footnote cannot save until the cause is fixed "
                + "(free disk space, make the data folder writable) and, on the embedded H2 database, Footnote is "
                + "restarted. Nothing confirmed to users is lost.", root.getMessage());
    }

    private static final java.util.concurrent.atomic.AtomicLong lastSaid = new java.util.concurrent.atomic.AtomicLong();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BrokenDatabaseEviction.class);
}
