package org.footnote.quiz;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.shared.JsonText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a new attempt with its items: the questions in the order they will be asked, each with
 * its options in an order fixed for the attempt, so a resumed quiz looks the same. Callers are
 * services that have already checked who may start it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AttemptWriter {

    /** Everything an assigned attempt is started with; the deadline (reckoned from startedAt) and feedback date may be null. */
    public record AssignedStart(Long userId, Long quizId, String title, int attemptNumber, java.time.Instant startedAt,
                                java.time.Instant deadline,
                                FeedbackTiming timing, java.time.Instant feedbackAfter, List<DrawnQuestion> questions,
                                boolean shuffleOptions) {
    }

    private final QuizAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final QuestionCatalog catalog;
    private final Clock clock;
    private final Random random = new Random();

    AttemptWriter(QuizAttemptRepository attempts, AttemptItemRepository items, QuestionCatalog catalog, Clock clock) {
        this.attempts = attempts;
        this.items = items;
        this.catalog = catalog;
        this.clock = clock;
    }

    long practice(Long userId, String settingsJson, List<String> questionIds) {
        QuizAttempt attempt = attempts.save(new QuizAttempt(userId, QuizAttempt.Mode.PRACTICE, settingsJson, clock.instant()));
        writeItems(attempt.getId(), questionIds.stream().map(id -> new DrawnQuestion(id, -1)).toList(), true);
        return attempt.getId();
    }

    public long assigned(AssignedStart start) {
        QuizAttempt attempt = attempts.save(QuizAttempt.assigned(start.userId(), start.quizId(), start.title(), start.attemptNumber(),
                start.startedAt(), start.deadline(), start.timing(), start.feedbackAfter()));
        writeItems(attempt.getId(), start.questions(), start.shuffleOptions());
        return attempt.getId();
    }

    private void writeItems(Long attemptId, List<DrawnQuestion> drawn, boolean shuffleOptions) {
        Map<String, QuestionDetails> details = catalog.details(drawn.stream().map(DrawnQuestion::questionId).toList());
        for (int i = 0; i < drawn.size(); i++) {
            DrawnQuestion d = drawn.get(i);
            QuestionDetails q = details.get(d.questionId());
            Random order = shuffleOptions ? random : new Random(q.id().hashCode());
            items.save(new AttemptItem(attemptId, i, q.id(), JsonText.write(optionsFor(q, order)),
                    d.slot() < 0 ? null : d.slot()));
        }
    }

    /**
     * Options in the order this attempt shows them. Unshuffled, every student sees the same order,
     * seeded by the question: the bank keeps the answer apart from its distractors, so "as written"
     * would always put the answer first.
     */
    private static List<String> optionsFor(QuestionDetails q, Random random) {
        List<String> options = new ArrayList<>();
        switch (q.format()) {
            case MULTIPLE_CHOICE -> {
                options.add(q.answer());
                options.addAll(q.distractors());
                Collections.shuffle(options, random);
            }
            case TRUE_FALSE -> options.addAll(List.of("True", "False"));
            case ORDERING -> {
                options.addAll(q.itemTexts());
                while (options.size() > 1 && options.equals(q.itemTexts())) {
                    Collections.shuffle(options, random);
                }
            }
            case SHORT_ANSWER -> { }
        }
        return options;
    }
}
