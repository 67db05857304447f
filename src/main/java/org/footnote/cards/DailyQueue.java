package org.footnote.cards;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.footnote.cards.fsrs.CardState;
import org.footnote.cards.fsrs.FsrsScheduler;

/**
 * Which card comes next: due cards first, most overdue (lowest retrievability) first, while today's
 * review limit allows; then new cards while today's new-card limit allows. Plain Java.
 */
final class DailyQueue {

    private DailyQueue() {
    }

    /** The order of study: lowest chance of recall first (a card never reviewed counts as sure), then earliest due. */
    static Comparator<DueCard> order(FsrsScheduler scheduler, Instant now) {
        return Comparator.<DueCard>comparingDouble(d -> d.isNew() ? 1 : scheduler.retrievability(d.stability(), d.lastReview(), now))
                .thenComparing(DueCard::due);
    }

    static int allowance(int limit, int doneToday) {
        return Math.max(0, limit - doneToday);
    }

    /**
     * The first due card in that order; once today's review limit is reached, only cards still in their
     * (re)learning steps. One pass rather than a sort, since only the first is shown; of equals, the first read.
     */
    static Optional<DueCard> nextDue(List<DueCard> due, int reviewAllowance, FsrsScheduler scheduler, Instant now) {
        return due.stream().filter(d -> reviewAllowance > 0 || d.state() != CardState.REVIEW).min(order(scheduler, now));
    }

    /** How many due cards today's limit lets through. */
    static int countDue(List<DueCard> due, int reviewAllowance) {
        long learning = due.stream().filter(d -> d.state() != CardState.REVIEW).count();
        long reviews = due.size() - learning;
        return (int) (learning + Math.min(reviews, reviewAllowance));
    }
}
