package org.footnote.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server's own timing of what learners wait for, transaction and commit included (so the views
 * time their service calls, outside the transaction): recording an answer with its feedback, rating a
 * card with the next one, building the next question or card. Read them at {@code /actuator/metrics}
 * (instructors only), with p50/p95/p99; every minute with work in it, they are also logged.
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
    private final Map<Timer, Long> countsLogged = new HashMap<>();
    private static final Logger LOG = LoggerFactory.getLogger(ServerTimings.class);

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

    /** Once a minute: each timer that ran since the last line, with its percentiles. */
    @Scheduled(fixedRateString = "${footnote.timings.log-every:PT1M}", initialDelayString = "${footnote.timings.log-every:PT1M}")
    public void log() {
        summary().forEach(LOG::info);
    }

    /**
     * One line per timer that ran since the last call: how many times, and p50/p95/p99/max over
     * Micrometer's window (about the last two minutes), in milliseconds.
     */
    synchronized List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (Timer timer : List.of(answer, rating, nextQuestion, nextCard)) {
            long count = timer.count();
            long since = count - countsLogged.getOrDefault(timer, 0L);
            countsLogged.put(timer, count);
            if (since == 0) {
                continue;
            }
            var snapshot = timer.takeSnapshot();
            var line = new StringBuilder(timer.getId().getName()).append(": ").append(since).append(" since the last line;");
            for (ValueAtPercentile p : snapshot.percentileValues()) {
                line.append(String.format(Locale.ROOT, " p%.0f %.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
            }
            line.append(String.format(Locale.ROOT, ", max %.1f ms", snapshot.max(TimeUnit.MILLISECONDS)));
            lines.add(line.toString());
        }
        return lines;
    }

    private static Timer timer(MeterRegistry registry, String name, String description) {
        return Timer.builder(name).description(description).publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }
}
