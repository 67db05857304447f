package org.footnote.bank;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Question details as committed, kept until the bank changes: every answer and every "Next" needs
 * its question's details, which otherwise cost a read of the question and of its document. A
 * transaction that changed the bank itself reads afresh, since it must see its own edits and the
 * cache must never hold them before they commit.
 */
@Component
class CommittedDetails {

    private static final Object CHANGED_HERE = CommittedDetails.class.getName() + ".changedHere";
    private final AtomicReference<Map<String, QuestionDetails>> byId = new AtomicReference<>(new ConcurrentHashMap<>());

    Optional<QuestionDetails> get(String id, Function<String, Optional<QuestionDetails>> read) {
        if (changedInThisTransaction()) {
            return read.apply(id);
        }
        Map<String, QuestionDetails> cache = byId.get();
        QuestionDetails known = cache.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<QuestionDetails> fresh = read.apply(id);
        fresh.ifPresent(d -> cache.put(id, d)); // into the map read at the start: a change since then drops it
        return fresh;
    }

    Map<String, QuestionDetails> getAll(Collection<String> ids,
                                        Function<Collection<String>, Map<String, QuestionDetails>> read) {
        if (changedInThisTransaction()) {
            return read.apply(ids);
        }
        Map<String, QuestionDetails> cache = byId.get();
        Map<String, QuestionDetails> out = new HashMap<>();
        List<String> missing = ids.stream().distinct().filter(id -> {
            QuestionDetails known = cache.get(id);
            if (known != null) {
                out.put(id, known);
            }
            return known == null;
        }).toList();
        if (!missing.isEmpty()) {
            Map<String, QuestionDetails> fresh = read.apply(missing);
            cache.putAll(fresh);
            out.putAll(fresh);
        }
        return out;
    }

    @EventListener
    void changing(BankChanged change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHANGED_HERE)) {
            TransactionSynchronizationManager.bindResource(CHANGED_HERE, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_HERE);
                }
            });
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(BankChanged change) {
        byId.set(new ConcurrentHashMap<>());
    }

    /** Whether this transaction changed the bank: then no cache of the bank may answer it, nor keep what it reads. */
    static boolean changedInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(CHANGED_HERE);
    }
}
