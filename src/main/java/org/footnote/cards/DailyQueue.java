package org.footnote.cards;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.footnote.cards.fsrs.CardMemory;
import org.footnote.cards.fsrs.CardState;
import org.footnote.cards.fsrs.FsrsScheduler;

/**
 * Which card comes next: due cards first, most overdue (lowest retrievability) first, while today's
 * review limit allows; then new cards while today's new-card limit allows. Plain Java.
 */
final class DailyQueue {

    /** A due card with its memory. */
    record Due(String questionId, long version, CardMemory memory, long fuzzSeed) {
    }

    private DailyQueue() {
    }

    /** Due cards ordered for study: lowest chance of recall first, then earliest due. */
    static List<Due> order(List<Due> due, FsrsScheduler scheduler, Instant now) {
        return due.stream().sorted(Comparator.<Due>comparingDouble(d -> d.memory().isNew() ? 1
                        : scheduler.retrievability(d.memory(), now))
                .thenComparing(d -> d.memory().due())).toList();
    }

    static int allowance(int limit, int doneToday) {
        return Math.max(0, limit - doneToday);
    }

    /** The first due card; once today's review limit is reached, only cards still in their (re)learning steps. */
    static Optional<Due> nextDue(List<Due> ordered, int reviewAllowance) {
        return ordered.stream().filter(d -> reviewAllowance > 0 || d.memory().state() != CardState.REVIEW).findFirst();
    }

    /** How many due cards today's limit lets through. */
    static int countDue(List<Due> ordered, int reviewAllowance) {
        long learning = ordered.stream().filter(d -> d.memory().state() != CardState.REVIEW).count();
        long reviews = ordered.size() - learning;
        return (int) (learning + Math.min(reviews, reviewAllowance));
    }
}
