package org.footnote.bank;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value read from the bank, kept until the bank changes. A read that raced a change (it began before
 * the change was forgotten) is returned to its caller but not kept, so no stale value outlives a change.
 */
final class UntilBankChanges<T> {

    private record Kept<T>(long generation, T value) {
    }

    private final AtomicReference<Kept<T>> kept = new AtomicReference<>(new Kept<>(0, null));

    T get(Supplier<T> read) {
        Kept<T> now = kept.get();
        if (now.value() != null) {
            return now.value();
        }
        T value = read.get();
        kept.compareAndSet(now, new Kept<>(now.generation(), value));
        return value;
    }

    void forget() {
        kept.updateAndGet(k -> new Kept<>(k.generation() + 1, null));
    }
}
