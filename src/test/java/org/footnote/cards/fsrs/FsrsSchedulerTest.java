package org.footnote.cards.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** FSRS-6 against the reference vectors of py-fsrs, plus properties that must hold for any history. */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(false));

    @Test
    void reviewCardVectorOfPyFsrs() {
        List<Rating> ratings = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        CardMemory card = CardMemory.fresh(START);
        Instant at = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = scheduler.review(card, rating, at, 0);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            at = card.due();
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void memoStateVectorOfPyFsrs() {
        var fuzzed = new FsrsScheduler(FsrsParameters.defaults(true));
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] gaps = {0, 0, 1, 3, 8, 21};
        CardMemory card = CardMemory.fresh(START);
        Instant at = START;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(gaps[i]));
            card = fuzzed.review(card, ratings.get(i), at, 42);
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void tenEasyReviewsBringDifficultyToItsFloor() {
        CardMemory card = CardMemory.fresh(START);
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, Rating.EASY, START.plusNanos(i * 1000L), 0);
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void learningStepsAreOneAndTenMinutesAndHardTakesTheirMean() {
        CardMemory fresh = CardMemory.fresh(START);
        Map<Rating, Duration> preview = scheduler.preview(fresh, START, 0);
        assertThat(preview.get(Rating.AGAIN)).isEqualTo(Duration.ofMinutes(1));
        assertThat(preview.get(Rating.HARD)).isEqualTo(Duration.ofSeconds(330));
        assertThat(preview.get(Rating.GOOD)).isEqualTo(Duration.ofMinutes(10));
        assertThat(preview.get(Rating.EASY)).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void aLapseGoesToTheTenMinuteRelearningStep() {
        CardMemory card = scheduler.review(CardMemory.fresh(START), Rating.EASY, START, 0);
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        CardMemory lapsed = scheduler.review(card, Rating.AGAIN, card.due(), 0);
        assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
        assertThat(Duration.between(lapsed.lastReview(), lapsed.due())).isEqualTo(Duration.ofMinutes(10));
        assertThat(lapsed.stability()).isLessThan(card.stability());
    }

    @Test
    void retrievabilityIsNinetyPercentAfterOneStabilityAndFallsWithTime() {
        CardMemory card = new CardMemory(CardState.REVIEW, null, 10.0, 5.0, START, START);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(10)))).isCloseTo(0.9, within(1e-9));
        assertThat(scheduler.retrievability(card, START)).isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(30))))
                .isLessThan(scheduler.retrievability(card, START.plus(Duration.ofDays(20))));
        assertThat(scheduler.retrievability(CardMemory.fresh(START), START)).isZero();
    }

    @Test
    void intervalsAreClampedToTheMaximum() {
        var capped = new FsrsScheduler(FsrsParameters.withRetention(0.9, 30, false));
        CardMemory card = new CardMemory(CardState.REVIEW, null, 400.0, 2.0, START, START);
        CardMemory next = capped.review(card, Rating.EASY, START.plus(Duration.ofDays(400)), 0);
        assertThat(Duration.between(next.lastReview(), next.due()).toDays()).isEqualTo(30);
    }

    @Test
    void lowerDesiredRetentionMeansLongerIntervals() {
        var relaxed = new FsrsScheduler(FsrsParameters.withRetention(0.8, 36_500, false));
        assertThat(relaxed.nextInterval(10)).isGreaterThan(scheduler.nextInterval(10));
        assertThat(scheduler.nextInterval(10)).isEqualTo(10);
    }

    @Test
    void fuzzIsReproducibleFromItsSeedAndStaysNearTheInterval() {
        var fuzzed = new FsrsScheduler(FsrsParameters.defaults(true));
        CardMemory card = new CardMemory(CardState.REVIEW, null, 30.0, 5.0, START, START);
        Instant at = START.plus(Duration.ofDays(30));
        CardMemory a = fuzzed.review(card, Rating.GOOD, at, 7);
        CardMemory b = fuzzed.review(card, Rating.GOOD, at, 7);
        assertThat(a.due()).isEqualTo(b.due());
        long plain = Duration.between(at, scheduler.review(card, Rating.GOOD, at, 7).due()).toDays();
        for (long seed = 0; seed < 50; seed++) {
            long days = Duration.between(at, fuzzed.review(card, Rating.GOOD, at, seed).due()).toDays();
            assertThat(days).isBetween(Math.round(plain * 0.9) - 2, Math.round(plain * 1.1) + 2);
        }
    }

    @Test
    void parametersOutOfBoundsAreRefused() {
        double[] w = FsrsParameters.DEFAULT_WEIGHTS.clone();
        w[20] = 2.0;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FsrsParameters(w, 0.9, 100, List.of(), List.of(), false))
                .hasMessageContaining("w[20]");
    }

    /** Random histories: stability and difficulty stay in range, and better ratings never give shorter intervals. */
    @RepeatedTest(20)
    void propertiesHoldForRandomHistories() {
        Random random = new Random();
        CardMemory card = CardMemory.fresh(START);
        Instant at = START;
        for (int i = 0; i < 40; i++) {
            Map<Rating, Duration> preview = scheduler.preview(card, at, 0);
            assertThat(preview.get(Rating.AGAIN)).isLessThanOrEqualTo(preview.get(Rating.HARD));
            assertThat(preview.get(Rating.HARD)).isLessThanOrEqualTo(preview.get(Rating.GOOD));
            assertThat(preview.get(Rating.GOOD)).isLessThanOrEqualTo(preview.get(Rating.EASY));
            card = scheduler.review(card, Rating.values()[random.nextInt(4)], at, 0);
            assertThat(card.stability()).isGreaterThanOrEqualTo(FsrsScheduler.STABILITY_MIN);
            assertThat(card.difficulty()).isBetween(1.0, 10.0);
            assertThat(card.due()).isAfter(at);
            at = random.nextBoolean() ? card.due() : card.due().plus(Duration.ofHours(random.nextInt(24 * 30)));
        }
    }
}
