package org.footnote.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import org.footnote.account.AppUser;
import org.footnote.progress.MistakeFilter;
import org.footnote.progress.MistakeService;
import org.footnote.progress.ProgressService;
import org.footnote.progress.ui.MistakesView;
import org.footnote.progress.ui.ProgressView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Progress and Mistakes for a learner with 100,000 quiz answers and 1,000,000 reviews in H2:
 * server time per view (service, and the whole view built). Run with {@code mvn -Pbenchmark test}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bench-progress;DB_CLOSE_DELAY=-1")
class ProgressBenchmarkTest extends KaribuTest {

    static final int QUESTIONS = 5_000;
    static final int ANSWERS = 100_000;
    static final int REVIEWS_PER_CARD = 200;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressService progress;
    @Autowired
    MistakeService mistakes;

    @Test
    void progressAndMistakesFor100kAnswersAnd1mReviews() throws Exception {
        AppUser learner = newStudent();
        var data = new BenchData(jdbc);
        data.questions(QUESTIONS);
        data.cardsAndReviews(learner.getId(), QUESTIONS, REVIEWS_PER_CARD);
        data.answers(learner.getId(), ANSWERS, QUESTIONS);
        data.rollUp();
        login(learner);

        double[] dashboard = Benchmarks.time(3, 15, progress::dashboard);
        double[] mistakeList = Benchmarks.time(3, 15, () -> mistakes.mistakes(MistakeFilter.all()));
        double[] progressView = Benchmarks.time(3, 15, () -> UI.getCurrent().navigate(ProgressView.class));
        double[] mistakesView = Benchmarks.time(3, 15, () -> UI.getCurrent().navigate(MistakesView.class));
        _get(MistakesView.class);
        String plan = jdbc.queryForObject("explain select activity_day, answers, reviews from daily_activity where user_id = ? "
                + "order by activity_day", String.class, learner.getId());
        Benchmarks.report("progress", String.join("\n",
                "# Progress and Mistakes: " + ANSWERS + " quiz answers, " + (QUESTIONS * REVIEWS_PER_CARD)
                        + " reviews, " + QUESTIONS + " cards (H2, in memory)",
                "",
                "| operation | runs | p50 ms | p95 ms | max ms |",
                "| --- | ---: | ---: | ---: | ---: |",
                Benchmarks.line("ProgressService.dashboard", dashboard),
                Benchmarks.line("MistakeService.mistakes (all)", mistakeList),
                Benchmarks.line("Progress view, built on the server", progressView),
                Benchmarks.line("Mistakes view, built on the server", mistakesView),
                "",
                "Plan of the daily activity read: `" + plan.replaceAll("\\s+", " ") + "`",
                ""));
    }
}
