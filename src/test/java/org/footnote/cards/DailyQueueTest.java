package org.footnote.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.footnote.cards.fsrs.CardState;
import org.footnote.cards.fsrs.FsrsParameters;
import org.footnote.cards.fsrs.FsrsScheduler;
import org.junit.jupiter.api.Test;

class DailyQueueTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(false));

    private static DueCard review(String id, double stability, int daysAgo, int dueHoursAgo) {
        return new DueCard(id, CardState.REVIEW, stability, NOW.minus(Duration.ofHours(dueHoursAgo)),
                NOW.minus(Duration.ofDays(daysAgo)));
    }

    @Test
    void theCardLeastLikelyToBeRecalledComesFirstThenTheEarliestDue() {
        var forgotten = review("forgotten", 2, 20, 1);
        var fading = review("fading", 10, 12, 30);
        var sameAsFadingDueEarlier = review("same-due-earlier", 10, 12, 40);
        var missed = new DueCard("missed", CardState.LEARNING, null, NOW.minusSeconds(60), null);

        assertThat(DailyQueue.nextDue(List.of(missed, fading, forgotten), 10, scheduler, NOW)).get().isEqualTo(forgotten);
        assertThat(DailyQueue.nextDue(List.of(missed, fading, sameAsFadingDueEarlier), 10, scheduler, NOW)).get()
                .isEqualTo(sameAsFadingDueEarlier);
        assertThat(DailyQueue.nextDue(List.of(missed), 10, scheduler, NOW)).get().isEqualTo(missed);
    }

    @Test
    void ofCardsAlikeTheFirstReadComesFirst() {
        var one = review("one", 5, 6, 3);
        var other = review("other", 5, 6, 3);

        assertThat(DailyQueue.nextDue(List.of(one, other), 10, scheduler, NOW)).get().isEqualTo(one);
        assertThat(DailyQueue.nextDue(List.of(other, one), 10, scheduler, NOW)).get().isEqualTo(other);
    }

    @Test
    void onceTheReviewLimitIsReachedOnlyLearningStepsComeUpAndCount() {
        var forgotten = review("forgotten", 2, 20, 1);
        var relearning = new DueCard("relearning", CardState.RELEARNING, 3.0, NOW.minusSeconds(60), NOW.minus(Duration.ofMinutes(10)));
        var due = List.of(forgotten, relearning, review("fading", 10, 12, 30));

        assertThat(DailyQueue.nextDue(due, 0, scheduler, NOW)).get().isEqualTo(relearning);
        assertThat(DailyQueue.nextDue(List.of(forgotten), 0, scheduler, NOW)).isEmpty();
        assertThat(DailyQueue.countDue(due, 0)).isEqualTo(1);
        assertThat(DailyQueue.countDue(due, 1)).isEqualTo(2);
        assertThat(DailyQueue.countDue(due, 5)).isEqualTo(3);
    }
}
