package org.footnote.bench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.footnote.account.AppUser;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.QuizResultsService;
import org.footnote.quiz.assigned.SlotSpec;
import org.footnote.quiz.assigned.ui.QuizResultsView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Results of a 40-question quiz taken by 500 students (first attempts, item analysis, option
 * counts, CSV), as the instructor opens them. Run with {@code mvn -Pbenchmark test}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bench-results;DB_CLOSE_DELAY=-1")
class ResultsBenchmarkTest extends KaribuTest {

    static final int STUDENTS = 500;
    static final int QUESTIONS = 40;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    QuizResultsService results;

    @Test
    void resultsOf500StudentsOn40Questions() throws Exception {
        new BenchData(jdbc).questions(QUESTIONS);
        AppUser teacher = newInstructor();
        login(teacher);
        long quizId = authoring.create("Bench quiz");
        authoring.setSlots(quizId, IntStream.range(0, QUESTIONS).mapToObj(i -> SlotSpec.question("bench-q-" + i)).toList());
        seedAttempts(quizId);

        double[] service = Benchmarks.time(3, 15, () -> results.results(quizId, true));
        double[] csv = Benchmarks.time(3, 15, () -> results.attemptsCsv(quizId, true));
        double[] view = Benchmarks.time(3, 15, () -> UI.getCurrent().navigate(QuizResultsView.class,
                new RouteParameters("quizId", String.valueOf(quizId))));
        Benchmarks.report("results", "# Quiz results: " + STUDENTS + " students, " + QUESTIONS + " questions (H2)\n\n"
                + "| what | runs | p50 ms | p95 ms | max ms |\n| --- | --- | --- | --- | --- |\n"
                + Benchmarks.line("results service (item analysis, option counts)", service) + "\n"
                + Benchmarks.line("attempts CSV", csv) + "\n"
                + Benchmarks.line("results view, built on the server", view) + "\n");
    }

    private void seedAttempts(long quizId) {
        Random random = new Random(7);
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        List<Object[]> items = new ArrayList<>();
        for (int s = 0; s < STUDENTS; s++) {
            jdbc.update("insert into app_user (username, display_name, password_hash, role, created_at) "
                    + "values (?, ?, 'x', 'STUDENT', current_timestamp)", "bench-" + s, "Student " + s);
            Long user = jdbc.queryForObject("select id from app_user where username = ?", Long.class, "bench-" + s);
            long attempt = 2_000_000L + s;
            double ability = random.nextGaussian();
            jdbc.update("insert into quiz_attempt (id, user_id, mode, settings_json, status, started_at, finished_at, quiz_id, "
                    + "attempt_number, fed_at) values (?, ?, 'ASSIGNED', '{}', 'FINISHED', ?, ?, ?, 1, ?)", attempt, user,
                    Timestamp.from(start), Timestamp.from(start.plusSeconds(1200)), quizId, Timestamp.from(start));
            for (int q = 0; q < QUESTIONS; q++) {
                boolean right = random.nextGaussian() + ability > (q % 5) * 0.3 - 0.6;
                items.add(new Object[] {attempt, q, "bench-q-" + q, right ? "1997" : "199" + random.nextInt(7), right,
                        right ? 1.0 : 0.0, Timestamp.from(start.plusSeconds(30L * q)), q});
            }
        }
        jdbc.batchUpdate("insert into attempt_item (attempt_id, position, question_id, options_json, given_answer, correct, "
                + "score, near_miss, answered_at, time_taken_ms, slot) values (?, ?, ?, '[]', ?, ?, ?, false, ?, 8000, ?)", items);
    }
}
