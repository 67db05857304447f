package org.footnote.bench;

import java.util.Set;
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
        Benchmarks.report("answer", String.join("\n",
                "# Recording an answer: server time from the call to the feedback (H2 file database)",
                "",
                "Includes reading the question to answer, as the quiz view does before each answer.",
                "",
                "| operation | runs | p50 ms | p95 ms | max ms |",
                "| --- | ---: | ---: | ---: | ---: |",
                Benchmarks.line("question + answer (AttemptService)", ms),
                ""));
    }
}
