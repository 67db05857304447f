package org.footnote.cards;

import java.time.Instant;

/** Published inside the transaction that saves a rating, for features that keep statistics. */
public record ReviewRecorded(Long userId, String questionId, int rating, double elapsedDays, Instant at) {

    public boolean recalled() {
        return rating > 1;
    }
}
