package org.footnote.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ServerTimingsTest {

    private final ServerTimings timings = new ServerTimings(new SimpleMeterRegistry());

    @Test
    void aLineForEachTimerThatRanSinceTheLastOneWithItsPercentiles() {
        assertThat(timings.summary()).isEmpty();
        timings.answer(() -> "graded");
        timings.answer(() -> "graded");
        timings.nextCard(() -> "card");

        assertThat(timings.summary()).hasSize(2).satisfiesExactly(
                answer -> assertThat(answer).startsWith("footnote.answer.record: 2 since the last line; p50 ")
                        .contains(" p95 ", " p99 ", ", max "),
                card -> assertThat(card).startsWith("footnote.card.next: 1 since the last line;"));
        assertThat(timings.summary()).as("nothing ran since").isEmpty();
    }
}
