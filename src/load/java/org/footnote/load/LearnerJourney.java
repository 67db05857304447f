package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.footnote.load.Vaadin.client;
import static org.footnote.load.Vaadin.navigate;
import static org.footnote.load.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's session: sign in, a practice quiz of 20, a flashcard session of up to 20 cards, a
 * look at Mistakes and at Progress, then the tab is closed.
 */
final class LearnerJourney {

    /** The verdict heading of the feedback panel (quiz/ui/FeedbackPanel, from Feedback.verdict()). */
    static final String VERDICT = "\"value\":\"(Correct|Correct, with a spelling slip|Wrong|Partly correct: \\d+ of \\d+ in place)\"";
    private static final String LENGTH = String.valueOf(LoadSettings.PRACTICE_LENGTH);

    private LearnerJourney() {
    }

    static ScenarioBuilder of(LoadSettings settings) {
        var pace = new Pace(settings.think());
        return scenario("Learners").feed(Users.named(settings.learners(), LoadSettings::learner))
                .exec(exitBlockOnFail().on(SignIn.as("learner"), practice(pace), flashcards(pace), lookBack(pace),
                        exec(Vaadin.unload("learner")), Tally.LEARNERS_DONE.add()));
    }

    private static ChainBuilder practice(Pace pace) {
        return exec(uidl("practice: length", c -> {
            int field = c.node("practice-length");
            return List.of(c.sync(field, "value", LENGTH), c.sync(field, "_inputElementValue", LENGTH),
                    c.changed(field, "change"));
        }))
                .exec(uidl("practice: start", c -> List.of(c.click(c.node("practice-start"))))
                        .check(Shows.text("Question 1 of " + LENGTH)))
                .exec(repeat(LoadSettings.PRACTICE_LENGTH, "question").on(
                        Vaadin.heartbeatIfDue(),
                        QuestionSteps.answer("practice", pace, Shows.pattern(VERDICT, "the verdict")),
                        pace.readFeedback(),
                        doIfOrElse(session -> session.getInt("question") < LoadSettings.PRACTICE_LENGTH - 1)
                                .then(exec(uidl("practice: next", LearnerJourney::next).check(Shows.text("quiz-prompt"))))
                                .orElse(exec(uidl("practice: results", LearnerJourney::next).check(Shows.text("Your results"))))));
    }

    private static ChainBuilder flashcards(Pace pace) {
        return exec(navigate("flashcards: open", "flashcards").check(Shows.text("\"value\":\"Flashcards\"")))
                .exec(session -> session.set("cards", 0))
                .exec(asLongAs(session -> session.getInt("cards") < LoadSettings.FLASHCARDS
                        && client(session).has("show-answer")).on(
                        Vaadin.heartbeatIfDue(),
                        pace.readCardSide(),
                        exec(uidl("flashcards: show answer", c -> List.of(c.click(c.node("show-answer"))))
                                .check(Shows.text("rate-good"))),
                        pace.readCardSide(),
                        exec(uidl("flashcards: rate", c -> List.of(c.click(c.node(rating()))))
                                .check(Shows.pattern("flashcard-prompt|All done for today", "the next card or the end of the session"))),
                        Tally.RATINGS.add(),
                        exec(session -> session.set("cards", session.getInt("cards") + 1))));
    }

    private static ChainBuilder lookBack(Pace pace) {
        return exec(Vaadin.heartbeatIfDue()).exec(navigate("mistakes: open", "mistakes").check(Shows.text("\"value\":\"Mistakes\"")))
                .exec(pace.lookAround())
                .exec(navigate("progress: open", "progress").check(Shows.text("\"value\":\"Progress\"")))
                .exec(pace.lookAround());
    }

    private static List<ObjectNode> next(VaadinClient c) {
        return List.of(c.click(c.node("quiz-next")));
    }

    /** Mostly Good, as learners rate: Again 10%, Hard 15%, Good 60%, Easy 15%. */
    private static String rating() {
        int roll = ThreadLocalRandom.current().nextInt(100);
        return roll < 10 ? "rate-again" : roll < 25 ? "rate-hard" : roll < 85 ? "rate-good" : "rate-easy";
    }
}
