package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the virtual users got done, counted as they do it: the run's report divides the server's CPU
 * time by the answers, and checks that every journey reached its end within the run's limit.
 * Gatling runs in the same JVM as {@link LoadRun}, which reads these after the run.
 */
enum Tally {
    ANSWERS, RATINGS, LEARNERS_DONE, PUPILS_DONE;

    /** Answers and ratings together, by the second: the rate the school worked at. */
    static final PerSecond ANSWERS_AND_RATINGS = new PerSecond();

    private final AtomicLong count = new AtomicLong();

    ChainBuilder add() {
        return exec(session -> {
            count.incrementAndGet();
            if (this == ANSWERS || this == RATINGS) {
                ANSWERS_AND_RATINGS.mark();
            }
            return session;
        });
    }

    long get() {
        return count.get();
    }
}
