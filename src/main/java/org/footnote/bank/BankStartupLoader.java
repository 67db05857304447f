package org.footnote.bank;

import org.footnote.FootnoteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.InvalidBankException;

/**
 * At start-up, loads {@code footnote.bank-dir} and synchronises it into the database. A bank that
 * breaks any rule is refused whole: the report goes to the log (and to instructors' Bank page) and
 * the database keeps the last good bank, so students can go on working.
 */
@Component
@Order(20)
class BankStartupLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BankStartupLoader.class);
    private final BankSyncService sync;
    private final FootnoteProperties properties;

    BankStartupLoader(BankSyncService sync, FootnoteProperties properties) {
        this.sync = sync;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        var dir = properties.bankDir().toAbsolutePath().normalize();
        try {
            long started = System.nanoTime();
            SyncReport report = sync.sync(LoadedBank.load(dir));
            log.info("Question bank {}: {} ({} ms)", dir, report, (System.nanoTime() - started) / 1_000_000);
        } catch (InvalidBankException e) {
            sync.refuse(e.problems());
            log.error("Question bank {} refused; the database keeps the last good bank. {}", dir, e.getMessage());
        }
    }
}
