package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.footnote.load.Vaadin.navigate;
import static org.footnote.load.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.List;

/**
 * A pupil of the class in the timed quiz: sign in, open Assigned quizzes, start the quiz, answer
 * every question (each answer is saved, its verdict held back), wait for the last seconds of the
 * time limit, submit and confirm, read the results, close the tab.
 */
final class ClassJourney {

    /** Pupils who use all their time submit in the last seconds. */
    private static final Duration BEFORE_THE_LIMIT = Duration.ofSeconds(5);
    private static final int QUESTIONS = LoadSettings.QUIZ_QUESTIONS;

    private ClassJourney() {
    }

    static ScenarioBuilder of(LoadSettings settings, long quizId) {
        var pace = new Pace(settings.think());
        String start = "assigned-start-" + quizId;
        Duration limit = Duration.ofMinutes(settings.quizMinutes());
        return scenario("Class").feed(Users.named(settings.classSize(), LoadSettings::pupil))
                .exec(exitBlockOnFail().on(SignIn.as("pupil"),
                        exec(navigate("class quiz: assigned", "assigned").check(Shows.text(start))),
                        exec(uidl("class quiz: start", c -> List.of(c.click(c.node(start))))
                                .check(Shows.text("Time left"), Shows.text("Save answer"))),
                        exec(session -> session.set("limit", System.nanoTime() + limit.toNanos())),
                        answerAll(pace),
                        pause(session -> untilLastSeconds(session.getLong("limit"))),
                        submit(),
                        exec(Vaadin.unload("pupil")), Tally.PUPILS_DONE.add()));
    }

    /** The last question has no Next button in an assigned quiz: Submit quiz follows it. */
    private static ChainBuilder answerAll(Pace pace) {
        return repeat(QUESTIONS, "question").on(
                QuestionSteps.answer("class quiz", pace, Shows.text("\"value\":\"Answer saved\"")),
                doIf(session -> session.getInt("question") < QUESTIONS - 1).then(pace.readFeedback(),
                        exec(uidl("class quiz: next", c -> List.of(c.click(c.node("quiz-next"))))
                                .check(Shows.text("quiz-prompt")))));
    }

    /** Submit quiz asks first (a ConfirmDialog); its Submit closes it and shows the results. */
    private static ChainBuilder submit() {
        return exec(uidl("class quiz: submit", c -> List.of(c.click(c.node("quiz-submit"))))
                .check(Shows.text("All " + QUESTIONS + " questions are answered")))
                .exec(uidl("class quiz: confirm", c -> {
                    int dialog = c.node("quiz-submit-confirm");
                    return List.of(c.event(dialog, "confirm"), c.event(dialog, "closed"),
                            c.sync(dialog, "opened", false), c.changed(dialog, "opened-changed"));
                }).check(Shows.text("your results")));
    }

    private static Duration untilLastSeconds(long limitNanos) {
        long wait = limitNanos - BEFORE_THE_LIMIT.toNanos() - System.nanoTime();
        return Duration.ofNanos(Math.max(0, wait));
    }
}
