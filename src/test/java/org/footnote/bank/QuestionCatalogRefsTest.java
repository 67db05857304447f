package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Every question's document and kind, read once and read again after any change of the bank. */
class QuestionCatalogRefsTest extends KaribuTest {

    @Autowired
    QuestionCatalog catalog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    QuestionEditService edits;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theFactsAreKeptUntilTheBankChanges() {
        var first = catalog.refs();
        assertThat(first).containsKey("test-accord-date");
        assertThat(first.get("test-accord-date").kind()).isEqualTo(Kind.DATE);
        assertThat(catalog.refs()).isSameAs(first);

        events.publishEvent(new BankChanged("test-accord-date"));

        assertThat(catalog.refs()).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aTransactionThatChangedTheBankSeesItsOwnChangeAndLeavesNothingStaleBehind() {
        login(newInstructor());
        assertThat(catalog.activeIds()).contains("test-accord-date"); // cached from here on
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            var held = edits.load("test-accord-date").orElseThrow();
            edits.save(held.spec(), QuestionStatus.RETIRED, held.version());
            assertThat(catalog.activeIds()).doesNotContain("test-accord-date");
            assertThat(catalog.active(java.util.Set.of(), java.util.Set.of(), java.util.Set.of()))
                    .extracting(QuestionRef::id).doesNotContain("test-accord-date");
            tx.setRollbackOnly();
        });
        assertThat(catalog.activeIds()).contains("test-accord-date");
    }
}
