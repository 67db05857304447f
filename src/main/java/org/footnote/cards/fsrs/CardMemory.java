package org.footnote.cards.fsrs;

import java.time.Instant;

/**
 * The scheduling state of one card.
 *
 * @param step       position in the learning or relearning steps; null in REVIEW
 * @param stability  days for retrievability to fall to 90%; null before the first review
 * @param difficulty 1..10; null before the first review
 * @param lastReview null before the first review
 */
public record CardMemory(CardState state, Integer step, Double stability, Double difficulty, Instant due,
                         Instant lastReview) {

    /** A card never reviewed, due at {@code now}. */
    public static CardMemory fresh(Instant now) {
        return new CardMemory(CardState.LEARNING, 0, null, null, now, null);
    }

    public boolean isNew() {
        return lastReview == null;
    }
}
