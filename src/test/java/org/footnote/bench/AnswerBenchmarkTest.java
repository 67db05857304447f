package org.footnote.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import org.footnote.bank.Format;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.quiz.QuizQuestion;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The server's time to record an answer and return its feedback, on the default file database
 * (what a learner waits for after "Check answer"). Run with {@code mvn -Pbenchmark test}; writes
 * target/benchmarks/answer.md.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"footnote.data-dir=target/bench-answer",
        "spring.datasource.url=jdbc:h2:file:./target/bench-answer/footnote;DB_CLOSE_ON_EXIT=FALSE"})
class AnswerBenchmarkTest extends KaribuTest {

    @Autowired
    PracticeService practice;
    @Autowired
    AttemptService attempts;

    @Test
    void recordingAnAnswer() throws Exception {
        login(newStudent());
        int warmUp = 100;
        int runs = 300;
        double[] ms = new double[runs];
        long attempt = 0;
        for (int n = 0; n < warmUp + runs; n++) {
            if (n % 5 == 0) {
                attempt = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(), 5)).attemptId();
            }
            long start = System.nanoTime();
            QuizQuestion q = attempts.question(attempt, n % 5);
            switch (q.format()) {
                case ORDERING -> attempts.answerOrdering(attempt, q.position(), q.options(), 1000);
                case SHORT_ANSWER -> attempts.answer(attempt, q.position(), "Primakov", 1000);
                default -> attempts.answer(attempt, q.position(), q.options().getFirst(), 1000);
            }
            if (n >= warmUp) {
                ms[n - warmUp] = (System.nanoTime() - start) / 1e6;
            }
        }
        java.util.Arrays.sort(ms);
        double[][] view = throughTheView();
        Benchmarks.report("answer", String.join("\n",
                "# Recording an answer: server time from the call to the feedback (H2 file database)",
                "",
                "Includes reading the question to answer, as the quiz view does before each answer.",
                "",
                "| operation | runs | p50 ms | p95 ms | max ms |",
                "| --- | ---: | ---: | ---: | ---: |",
                Benchmarks.line("question + answer (AttemptService)", ms),
                "",
                "Through the quiz page as a learner uses it (Karibu: the view's server-side work, without HTTP",
                "and the client's JSON): choose an option, Check answer, Next question. CPU is this thread's.",
                "",
                "| per answer (option, check, next) | runs | p50 ms | p95 ms | max ms |",
                "| --- | ---: | ---: | ---: | ---: |",
                Benchmarks.line("wall time", view[0]),
                Benchmarks.line("CPU time", view[1]),
                ""));
    }

    /** Wall and CPU milliseconds per answer given on the quiz page, sorted: [wall, cpu]. */
    private double[][] throughTheView() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int warmUp = 100;
        int runs = 300;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int answered = 0;
        while (answered < warmUp + runs) {
            long attempt = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(Format.MULTIPLE_CHOICE), 20))
                    .attemptId();
            int total = attempts.question(attempt, 0).total();
            com.vaadin.flow.component.UI.getCurrent().navigate("practice/" + attempt);
            for (int position = 0; position < total && answered < warmUp + runs; position++, answered++) {
                long startWall = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                RadioButtonGroup<String> options = _get(RadioButtonGroup.class);
                _setValue(options, options.getListDataView().getItems().findFirst().orElseThrow());
                _click(_get(Button.class, b -> b.withText("Check answer")));
                String next = position == total - 1 ? "See your results" : "Next question";
                _click(_get(Button.class, b -> b.withText(next)));
                if (answered >= warmUp) {
                    wall[answered - warmUp] = (System.nanoTime() - startWall) / 1e6;
                    cpu[answered - warmUp] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
                }
            }
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }
}
