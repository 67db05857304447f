package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UntilBankChangesTest {

    private final UntilBankChanges<String> kept = new UntilBankChanges<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOnceUntilTheBankChanges() {
        assertThat(kept.get(() -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        assertThat(kept.get(() -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        kept.forget();
        assertThat(kept.get(() -> "v" + reads.incrementAndGet())).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadThatRacedAChangeIsReturnedButNotKept() {
        String raced = kept.get(() -> {
            kept.forget(); // the change commits while this read is under way
            return "old";
        });
        assertThat(raced).isEqualTo("old");
        assertThat(kept.get(() -> "new")).isEqualTo("new");
    }
}
