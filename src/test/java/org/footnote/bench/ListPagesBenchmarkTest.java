package org.footnote.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.footnote.account.AppUser;
import org.footnote.classes.ClassService;
import org.footnote.classes.ui.ClassesView;
import org.footnote.classes.ui.JoinClassView;
import org.footnote.quiz.assigned.AssignmentService;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.QuizResultsService;
import org.footnote.quiz.assigned.ui.AssignedView;
import org.footnote.quiz.assigned.ui.QuizResultsView;
import org.footnote.quiz.assigned.ui.QuizzesView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The list pages of a whole school in H2: an instructor with 1,000 quizzes and 300 classes, a
 * student given 200 quizzes, one quiz's results. For each page, the SQL statements it issues
 * (counted at the JDBC level) and its server time, for the service and for the view built through
 * Karibu. Run with {@code mvn -Pbenchmark test -Dtest=ListPagesBenchmarkTest}; writes
 * target/benchmarks/list-pages.md.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bench-lists;DB_CLOSE_DELAY=-1")
class ListPagesBenchmarkTest extends KaribuTest {

    static final int QUESTIONS = 40;
    static final int CLASSES = 300;
    static final int STUDENTS_PER_CLASS = 20;
    static final int QUIZZES = 1_000;
    static final int ATTEMPTS_PER_QUIZ = 10;
    static final int BUSY_STUDENTS_CLASSES = 30;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    ClassService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    QuizResultsService results;

    private final List<String> lines = new ArrayList<>();

    @Test
    void listPagesOfASchool() throws Exception {
        new BenchData(jdbc).questions(QUESTIONS);
        AppUser teacher = newInstructor();
        var school = new SchoolData(jdbc, QUESTIONS).seed(teacher.getId(), newInstructor().getId(), CLASSES,
                STUDENTS_PER_CLASS, QUIZZES, ATTEMPTS_PER_QUIZ, BUSY_STUDENTS_CLASSES);

        login(teacher);
        measure("Quizzes (instructor)", authoring::mine, QuizzesView.class, RouteParameters.empty());
        measure("Classes (instructor)", classes::taught, ClassesView.class, RouteParameters.empty());
        measure("Quiz results (one quiz)", () -> results.results(school.quizWithAttempts(), true).attempts(),
                QuizResultsView.class, new RouteParameters("quizId", String.valueOf(school.quizWithAttempts())));
        login(accounts.findById(school.busyStudent()).orElseThrow());
        measure("Assigned quizzes (student)", assignments::assigned, AssignedView.class, RouteParameters.empty());

        Benchmarks.report("list-pages", String.join("\n",
                "# List pages of a school: " + QUIZZES + " quizzes, " + CLASSES + " classes of " + STUDENTS_PER_CLASS
                        + " students, " + QUIZZES * ATTEMPTS_PER_QUIZ + " attempts (H2, in memory)",
                "",
                "SQL statements are those one call issues on its thread (prepared at the JDBC level).",
                "",
                "| page: what | rows | SQL statements | runs | p50 ms | p95 ms | max ms |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
                String.join("\n", lines),
                ""));
    }

    /** The service's rows and statements, then the view's; views are left between runs so each run builds anew. */
    private void measure(String page, Supplier<? extends List<?>> service, Class<? extends Component> view,
                         RouteParameters parameters) {
        var counted = statements.count(service);
        int rows = counted.result().size();
        assertThat(rows).as(page + " rows").isPositive();
        double[] serviceMs = Benchmarks.time(3, 20, service);
        lines.add(Benchmarks.line(page + ": service | " + rows + " | " + counted.statements(), serviceMs));

        Runnable leave = () -> UI.getCurrent().navigate(JoinClassView.class);
        Runnable open = () -> UI.getCurrent().navigate(view, parameters);
        leave.run();
        int viewStatements = statements.during(open);
        double[] viewMs = Benchmarks.time(3, 20, leave, () -> {
            open.run();
            return null;
        });
        lines.add(Benchmarks.line(page + ": view | " + rows + " | " + viewStatements, viewMs));
    }
}
