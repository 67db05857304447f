package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/**
 * A person's pace, from one figure: the time from one answer to the next ({@code think}). Most of it
 * goes to reading the question and answering, the rest to reading the feedback; a flashcard's
 * front and back share it evenly. Each pause is drawn uniformly around its share, so that users do
 * not move in step.
 */
record Pace(Duration think) {

    ChainBuilder readQuestion() {
        return between(0.6, 1.0);
    }

    ChainBuilder readFeedback() {
        return between(0.1, 0.3);
    }

    ChainBuilder readCardSide() {
        return between(0.4, 0.6);
    }

    /** Looking round a page (Mistakes, Progress) before moving on. */
    ChainBuilder lookAround() {
        return between(0.5, 1.5);
    }

    /** Between two keys typed: 200 ms at a 10-second pace. */
    ChainBuilder keystroke() {
        return pause(think.dividedBy(50));
    }

    private ChainBuilder between(double from, double to) {
        return pause(scaled(from), scaled(to));
    }

    private Duration scaled(double share) {
        return Duration.ofMillis(Math.round(think.toMillis() * share));
    }
}
