package org.footnote.progress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.footnote.cards.ReviewService;
import org.footnote.cards.StudySettings;
import org.footnote.cards.StudySettingsService;
import org.footnote.cards.fsrs.Rating;
import org.footnote.progress.ui.ProgressView;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.support.KaribuTest;
import org.footnote.progress.ui.charts.EChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Progress page from a learner's own records: headline, streak rule, charts with tables, mastery, access. */
class ProgressTest extends KaribuTest {

    @Autowired
    ProgressService progress;
    @Autowired
    PracticeService practice;

    @Autowired
    org.footnote.quiz.AttemptService attempts;
    @Autowired
    ReviewService reviews;

    @BeforeEach
    void signIn() {
        login(newStudent());
    }

    @Test
    void nineActionsDoNotMakeAStreakDayButTenDo() {
        answer(5, true);
        rateNew(4);
        assertThat(progress.dashboard().doneToday()).isEqualTo(9);
        assertThat(progress.dashboard().streak()).isZero();
        rateNew(1);
        assertThat(progress.dashboard().streak()).isEqualTo(1);
        assertThat(progress.dashboard().longestStreak()).isEqualTo(1);
    }

    @Test
    void accuracyAndWeakestTopicsComeFromQuizAnswers() {
        answer(9, false);
        answer(1, true);
        ProgressDashboard d = progress.dashboard();
        assertThat(d.answers()).isEqualTo(10);
        assertThat(d.accuracy()).isEqualTo(0.1);
        assertThat(d.byDocument()).singleElement().satisfies(s -> assertThat(s.percent()).isEqualTo(10));
        assertThat(d.weakest()).first().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(org.footnote.bank.Kind.DATE);
            assertThat(t.answers()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void masteryNeedsARightLastAnswerAndAStableCard() {
        answer(5, true);
        for (int i = 0; i < 7; i++) {
            reviews.rate(reviews.next().orElseThrow(), Rating.EASY, 500);
        }
        assertThat(progress.dashboard().mastery()).singleElement().satisfies(m -> assertThat(m.mastered()).isZero());
        // Past the longest fuzzed first interval (about 8 days, fuzzed to at most 10), so every card is due again.
        clock.advance(Duration.ofDays(11));
        while (reviews.next().isPresent()) {
            reviews.rate(reviews.next().orElseThrow(), Rating.EASY, 500);
        }
        assertThat(progress.dashboard().mastery()).singleElement().satisfies(m -> {
            assertThat(m.questions()).isEqualTo(9);
            assertThat(m.mastered()).isBetween(1, 9);
        });
    }

    @Test
    void thePageShowsTheHeadlineAndEveryChartWithItsTable() {
        answer(2, true);
        rateNew(1);
        UI.getCurrent().navigate(ProgressView.class);
        assertThat(_find(Span.class, s -> s.withClasses("stat-value"))).extracting(Span::getText)
                .contains("3 answers and reviews", "100% right of 2 answers", "0 days (longest 0 days)",
                        "0 cards now, 0 tomorrow");
        // Activity and both accuracies have data; no card is due yet and no card is mature: sentences, not bare axes.
        assertThat(_find(EChart.class)).hasSize(3);
        assertThat(_find(com.vaadin.flow.component.Html.class).stream().filter(h -> h.getInnerHtml().contains("<caption>"))).hasSize(3);
        assertThat(_find(EChart.class).getFirst().optionJson()).contains("\"type\":\"heatmap\"");
        assertThat(_find(Paragraph.class, s -> s.withClasses("chart-empty"))).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("No cards due"))
                .anySatisfy(t -> assertThat(t).startsWith("No reviews of mature cards yet"));
    }

    @Test
    void aNewLearnerSeesWhatToDoInsteadOfEmptyCharts() {
        UI.getCurrent().navigate(ProgressView.class);
        assertThat(_find(EChart.class)).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withClasses("chart-empty"))).hasSize(5).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("No answers or reviews yet"))
                .anySatisfy(t -> assertThat(t).startsWith("No quiz answers yet"));
        assertThat(_find(Span.class, s -> s.withClasses("stat-value"))).extracting(Span::getText)
                .contains("0 answers and reviews", "No answers yet");
    }

    @Test
    void accuracyBarsLeaveRoomForAFullBarsLabel() {
        answer(2, true);
        UI.getCurrent().navigate(ProgressView.class);
        String accuracy = _find(EChart.class).get(1).optionJson();
        assertThat(accuracy).contains("\"containLabel\":true", "\"formatter\":\"{c}%\"");
        int right = Integer.parseInt(accuracy.replaceAll(".*\"grid\":\\{[^}]*\"right\":(\\d+).*", "$1"));
        assertThat(right).isGreaterThanOrEqualTo(50); // "100%" at 12px is about 40px wide
    }

    @Test
    void daysAreTheLearnersStudyDaysAsForTheirCardsNotUtcDays() {
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles"); // UTC-8: its evening is the next UTC day
        context.getBean(StudySettingsService.class).save(new StudySettings(0.9, 36_500, 20, 200, 4, losAngeles, Set.of()));
        ZonedDateTime lateEvening = clock.instant().atZone(losAngeles).toLocalDate().plusDays(1).atTime(23, 30).atZone(losAngeles);
        clock.advance(Duration.between(clock.instant(), lateEvening.toInstant()));
        LocalDate day = lateEvening.toLocalDate();
        rateNew(5);
        clock.advance(Duration.ofHours(3)); // 02:30 the next morning: before the 04:00 roll-over, the same study day
        rateNew(5);

        ProgressDashboard d = progress.dashboard();
        assertThat(d.today()).isEqualTo(day);
        assertThat(d.doneToday()).isEqualTo(10).isEqualTo(reviews.counts().reviewedToday());
        assertThat(d.streak()).isEqualTo(1);
        assertThat(d.activity()).singleElement().isEqualTo(new org.footnote.shared.DayCount(day, 10));

        clock.advance(Duration.ofHours(2)); // 04:30: a new study day, for Progress and for the cards alike
        d = progress.dashboard();
        assertThat(d.today()).isEqualTo(day.plusDays(1));
        assertThat(d.doneToday()).isZero().isEqualTo(reviews.counts().reviewedToday());
        assertThat(d.streak()).isEqualTo(1); // yesterday's streak lives until today ends
    }

    @Test
    void anotherLearnersProgressStartsEmpty() {
        answer(3, true);
        login(newStudent());
        ProgressDashboard d = progress.dashboard();
        assertThat(d.answers()).isZero();
        assertThat(d.doneToday()).isZero();
        assertThat(d.activity()).isEmpty();
    }

    /** Answers {@code n} questions of one quiz, all right or all wrong (true-false questions have a known answer). */
    private void answer(int n, boolean right) {
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(), 9)); // every question of the test bank
        for (int i = 0; i < n; i++) {
            var q = attempts.question(quiz.attemptId(), i);
            String given = right ? rightAnswer(q.prompt()) : "certainly not this";
            switch (q.format()) {
                case ORDERING -> attempts.answerOrdering(quiz.attemptId(), i, right ? orderFor(q.prompt()) : q.options(), 1);
                default -> attempts.answer(quiz.attemptId(), i, given, 1);
            }
        }
    }

    private String rightAnswer(String prompt) {
        var catalog = context.getBean(org.footnote.bank.QuestionCatalog.class);
        return catalog.details(catalog.activeIds()).values().stream().filter(q -> q.prompt().equals(prompt))
                .findFirst().orElseThrow().answer();
    }

    private java.util.List<String> orderFor(String prompt) {
        var catalog = context.getBean(org.footnote.bank.QuestionCatalog.class);
        return catalog.details(catalog.activeIds()).values().stream().filter(q -> q.prompt().equals(prompt))
                .findFirst().orElseThrow().itemTexts();
    }

    private void rateNew(int n) {
        for (int i = 0; i < n; i++) {
            reviews.rate(reviews.next().orElseThrow(), Rating.GOOD, 500);
        }
    }
}
