package org.footnote.cards;

import java.time.Instant;
import org.footnote.cards.fsrs.CardState;

/**
 * A due card as the queue orders and counts it: five columns, not an entity, since the queue reads
 * every due card (thousands) for each card it shows, and an index holds exactly these columns
 * (V17_2). The card shown is then read in full.
 */
public record DueCard(String questionId, CardState state, Double stability, Instant due, Instant lastReview) {

    boolean isNew() {
        return lastReview == null;
    }
}
