package org.footnote.quiz.assigned;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.footnote.quiz.FeedbackTiming;
import org.junit.jupiter.api.Test;

class QuizSettingsTest {

    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aNamedQuizIsValid() {
        assertThat(QuizSettings.named("Week 1").problems()).isEmpty();
    }

    @Test
    void eachProblemIsReportedAgainstItsField() {
        var s = new QuizSettings(" ", "", 0, 21, true, true, FeedbackTiming.AFTER_CLOSE, null, null);
        assertThat(s.problems()).containsOnlyKeys("title", "timeLimitMinutes", "attemptsAllowed", "closesAt");
        assertThat(s.problems().get("closesAt")).contains("closing date");
    }

    @Test
    void aQuizMustCloseAfterItOpens() {
        var s = new QuizSettings("Q", "", null, null, true, true, FeedbackTiming.EACH_ANSWER, T, T);
        assertThat(s.problems()).containsOnlyKeys("closesAt");
    }

    @Test
    void anOverrideMustChangeSomethingAndKeepItsDatesInOrder() {
        var quiz = new QuizSettings("Q", "", 20, 1, true, true, FeedbackTiming.EACH_ANSWER, T, T.plusSeconds(3600));
        assertThat(OverrideTerms.NONE.problems(quiz)).containsOnlyKeys("timeLimitMinutes");
        assertThat(new OverrideTerms(null, null, T.minusSeconds(1)).problems(quiz)).containsOnlyKeys("closesAt");
        assertThat(new OverrideTerms(40, null, null).problems(quiz)).isEmpty();
    }
}
