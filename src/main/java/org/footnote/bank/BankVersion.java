package org.footnote.bank;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every instance's bank caches honest when several instances share one database: a change of
 * the bank moves a counter in the same transaction, and each instance polls it every few seconds,
 * announcing {@link BankChanged#WHOLE_BANK} (outside any transaction) when another instance moved it.
 * Within one instance caches are forgotten at once, on the change's own event.
 */
@Component
class BankVersion {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicLong seen = new AtomicLong(-1);

    BankVersion(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A change inside a transaction moves the counter with it; the poll's own announcement does not. */
    @EventListener
    void onChange(BankChanged change) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.update("update bank_version set version = version + 1 where id = 1");
            // This instance's caches follow its own change at once: the poll need not announce it again.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    seen.incrementAndGet();
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${footnote.bank-version.poll:PT5S}")
    void poll() {
        Long now = jdbc.queryForObject("select version from bank_version where id = 1", Long.class);
        long before = seen.getAndSet(now == null ? 0 : now);
        if (before >= 0 && now != null && now != before) {
            events.publishEvent(BankChanged.WHOLE_BANK);
        }
    }
}
