package org.footnote.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The server's own timing of what learners wait for, transaction and commit included (so the views
 * time their service calls, outside the transaction): recording an answer with its feedback, rating a
 * card with the next one, building the next question or card. Read them at {@code /actuator/metrics}
 * (instructors only), with p50/p95/p99.
 */
@Component
public class ServerTimings {

    public static final String ANSWER = "footnote.answer.record";
    public static final String CARD_RATING = "footnote.card.rate";
    public static final String NEXT_QUESTION = "footnote.question.next";
    public static final String NEXT_CARD = "footnote.card.next";

    private final Timer answer;
    private final Timer rating;
    private final Timer nextQuestion;
    private final Timer nextCard;

    public ServerTimings(MeterRegistry registry) {
        answer = timer(registry, ANSWER, "Grading and saving an answer and building its feedback");
        rating = timer(registry, CARD_RATING, "Saving a card's rating and finding the next card");
        nextQuestion = timer(registry, NEXT_QUESTION, "Reading the next question of a quiz");
        nextCard = timer(registry, NEXT_CARD, "Finding the next card due");
    }

    public <T> T answer(Supplier<T> work) {
        return answer.record(work);
    }

    public <T> T rating(Supplier<T> work) {
        return rating.record(work);
    }

    public <T> T nextQuestion(Supplier<T> work) {
        return nextQuestion.record(work);
    }

    public <T> T nextCard(Supplier<T> work) {
        return nextCard.record(work);
    }

    private static Timer timer(MeterRegistry registry, String name, String description) {
        return Timer.builder(name).description(description).publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }
}
