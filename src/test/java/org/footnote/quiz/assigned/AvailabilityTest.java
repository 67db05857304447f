package org.footnote.quiz.assigned;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.footnote.quiz.FeedbackTiming;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static QuizSettings quiz(Integer minutes, Integer attempts, Instant opens, Instant closes) {
        return new QuizSettings("Quiz", "", minutes, attempts, false, false, FeedbackTiming.AFTER_SUBMISSION, opens, closes);
    }

    @Test
    void datesAndAttemptsDecideWhetherAStudentMayStart() {
        assertThat(Availability.of(quiz(null, 1, NOW.plusSeconds(60), null), null, NOW, 0).status())
                .isEqualTo(Availability.Status.NOT_OPEN_YET);
        assertThat(Availability.of(quiz(null, 1, null, NOW), null, NOW, 0).status()).isEqualTo(Availability.Status.CLOSED);
        assertThat(Availability.of(quiz(null, 2, null, null), null, NOW, 2).status())
                .isEqualTo(Availability.Status.NO_ATTEMPTS_LEFT);
        assertThat(Availability.of(quiz(null, null, null, null), null, NOW, 40).status()).isEqualTo(Availability.Status.OPEN);
    }

    @Test
    void anOverrideReplacesOnlyWhatItSets() {
        var a = Availability.of(quiz(20, 1, null, NOW.plus(Duration.ofDays(1))), new OverrideTerms(30, null, null), NOW, 0);
        assertThat(a.timeLimitMinutes()).isEqualTo(30);
        assertThat(a.closesAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        var late = Availability.of(quiz(20, 1, null, NOW), new OverrideTerms(null, null, NOW.plusSeconds(3600)), NOW, 0);
        assertThat(late.status()).isEqualTo(Availability.Status.OPEN);
    }

    @Test
    void theDeadlineIsTheTimeLimitOrTheClosingWhicheverComesFirst() {
        var limited = Availability.of(quiz(30, 1, null, NOW.plus(Duration.ofMinutes(20))), null, NOW, 0);
        assertThat(limited.deadline(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        var roomy = Availability.of(quiz(30, 1, null, NOW.plus(Duration.ofDays(1))), null, NOW, 0);
        assertThat(roomy.deadline(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(Availability.of(quiz(null, 1, null, null), null, NOW, 0).deadline(NOW)).isNull();
    }

    @Test
    void aQuizIsClosedForAllAtTheLatestClosing() {
        var q = quiz(null, 1, null, NOW);
        assertThat(Availability.closedForAll(q, List.of(new OverrideTerms(null, null, NOW.plusSeconds(60)),
                new OverrideTerms(45, null, null)))).isEqualTo(NOW.plusSeconds(60));
        assertThat(Availability.closedForAll(q, List.of())).isEqualTo(NOW);
    }
}
