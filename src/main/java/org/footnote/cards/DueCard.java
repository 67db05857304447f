package org.footnote.cards;

import java.time.Instant;
import org.footnote.cards.fsrs.CardMemory;
import org.footnote.cards.fsrs.CardState;

/** A due card as the queue reads it: a projection, not an entity, since a queue may hold thousands. */
public record DueCard(String questionId, long version, CardState state, Integer step, Double stability,
                      Double difficulty, Instant due, Instant lastReview, Long userId, int reps) {

    CardMemory memory() {
        return new CardMemory(state, step, stability, difficulty, due, lastReview);
    }

    long fuzzSeed() {
        return Card.fuzzSeed(userId, questionId, reps);
    }
}
