package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.footnote.FootnoteProperties;
import org.footnote.bank.files.LoadedBank;
import org.footnote.support.HeldTransaction;
import org.footnote.support.LockWaits;
import org.footnote.support.OtherThread;
import org.footnote.support.PostgresSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two instances starting together on one PostgreSQL database sync the same bank files: the second
 * waits for the first, then finds the bank written. No question is inserted twice (a unique
 * violation would stop that instance's start) and no change is recorded twice in the history.
 */
class BankSyncOnPostgresTest extends PostgresSpringTest {

    @Autowired
    BankSyncService sync;
    @Autowired
    FootnoteProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void restoreTheTestBank() {
        sync.sync(LoadedBank.load(properties.bankDir()));
    }

    @Test
    void theSecondInstanceWaitsThenFindsTheBankSynced() throws Exception {
        LoadedBank files = LoadedBank.load(BankFixture.write(dir, BankFixture.GOOD_QUESTION));
        int retirementsBefore = retirementsOf("test-accord-date");

        HeldTransaction first = HeldTransaction.open(transactions, () -> sync.sync(files));
        var second = OtherThread.supply(() -> sync.sync(files));
        LockWaits.awaitWaitingOrDone(jdbc, second);
        first.commit();
        SyncReport report = OtherThread.join(second);

        assertThat(report.added()).isZero();
        assertThat(report.retired()).isZero();
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from question where id = 'olimov-peace-accord-signed'",
                Integer.class)).isEqualTo(1);
        assertThat(retirementsOf("test-accord-date")).as("retired once, by the first").isEqualTo(retirementsBefore + 1);
    }

    private int retirementsOf(String questionId) {
        return jdbc.queryForObject("select count(*) from question_revision where question_id = ? and note = ?",
                Integer.class, questionId, "no longer in the bank files");
    }
}
