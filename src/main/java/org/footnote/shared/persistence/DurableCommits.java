package org.footnote.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Makes a committed transaction reach the database file before its caller goes on. PostgreSQL
 * does so itself (synchronous commit). H2's MVStore keeps committed changes in memory and writes
 * them in the background every half second, so a crash right after "Correct" was shown lost the
 * answer; here each write transaction is followed by a {@code CHECKPOINT}, which writes the store's
 * pending changes to the file (the operating system then has them, whatever happens to the process).
 */
public final class DurableCommits {

    private final boolean h2File;
    /** Write transactions committed so far, and how many of them the last checkpoint covered. */
    private final AtomicLong commits = new AtomicLong();
    private final Object checkpointing = new Object();
    private long checkpointed;

    private DurableCommits(boolean h2File) {
        this.h2File = h2File;
    }

    /** Checks once which database this is: only an H2 file database needs the checkpoint. */
    public static DurableCommits of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            String url = meta.getURL() == null ? "" : meta.getURL();
            boolean h2File = "H2".equalsIgnoreCase(meta.getDatabaseProductName()) && !url.startsWith("jdbc:h2:mem:")
                    && !url.contains(":mem:");
            return new DurableCommits(h2File);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    public boolean isNeeded() {
        return h2File;
    }

    /**
     * After a write transaction committed on {@code committed}: its changes go to the file now. The
     * transaction's own connection, not a second one: a commit holding one connection while it waits
     * for another deadlocks the pool when all its connections are held by commits at once.
     */
    public void afterWriteCommit(Connection committed) {
        if (!h2File) {
            return;
        }
        long mine = commits.incrementAndGet();
        // Group commit: one CHECKPOINT writes every change committed before it began, so a writer whose
        // commit an already started checkpoint did not cover waits for the next one, which one of the
        // waiters runs for all of them. Under load this is one write to the file per round, not one per
        // answer (ten writers each checkpointing in turn held ten connections and starved the pool).
        synchronized (checkpointing) {
            if (checkpointed >= mine) {
                return;
            }
            long covers = commits.get();
            try (Statement s = committed.createStatement()) {
                s.execute("CHECKPOINT");
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("The database could not write the change to its file: "
                        + e.getMessage(), e);
            }
            checkpointed = covers;
        }
    }
}
