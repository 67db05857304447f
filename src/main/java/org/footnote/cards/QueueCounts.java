package org.footnote.cards;

import java.time.Instant;

/**
 * Where the learner stands today.
 *
 * @param due      reviews due now, within today's review limit
 * @param fresh    new cards still to meet today, within the new-card limit
 * @param nextDue  when the next card comes due, if none is due now
 */
public record QueueCounts(int due, int fresh, int reviewedToday, Instant nextDue) {

    public boolean empty() {
        return due == 0 && fresh == 0;
    }
}
