package org.footnote.shared.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that one app instance at a time may do when several share a database, such as writing the
 * bank at start-up: the second instance waits, then finds the work done. On PostgreSQL it is a
 * transaction-level advisory lock, released by the commit or rollback. On H2 it is nothing: the file
 * belongs to one process, which no second instance can open.
 */
public final class InstanceLock {

    /** High half of every key, so that our locks stand apart from any other advisory locks in the database. */
    private static final long NAMESPACE = (long) "footnote".hashCode() << 32;

    private final String name;
    private final long key;

    private InstanceLock(String name) {
        this.name = name;
        this.key = NAMESPACE | (name.hashCode() & 0xffffffffL);
    }

    public static InstanceLock named(String name) {
        return new InstanceLock(name);
    }

    /** Waits until no other instance holds the lock, then holds it until the current transaction ends. */
    public void holdUntilCommit(JdbcTemplate jdbc, Upsert.Dialect dialect) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Outside a transaction the lock would end with the statement that took it.
            throw new IllegalStateException("The instance lock '" + name + "' needs a transaction");
        }
        if (dialect == Upsert.Dialect.POSTGRESQL) {
            jdbc.query("select pg_advisory_xact_lock(?)", (ResultSetExtractor<Void>) rs -> null, key);
        }
    }
}
