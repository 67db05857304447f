package org.footnote.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.shared.JsonText;
import org.springframework.stereotype.Component;

/**
 * An attempt read back: its frame, each answer's feedback, and the summary with every question,
 * answered or not. Checks no access: its callers ({@link AttemptService} for the student, the
 * results for the student's instructors) decide who may read which attempt.
 */
@Component
public class AttemptReviews {

    private final AttemptItemRepository items;
    private final QuestionCatalog catalog;
    private final Clock clock;

    AttemptReviews(AttemptItemRepository items, QuestionCatalog catalog, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Score, time and every question. A question left unanswered counts as wrong and, once
     * feedback is shown, comes with its right answer and source like any other.
     *
     * @param reveal whether verdicts and sources are included: the student's own release of
     *               feedback, or always for their instructor
     */
    public AttemptSummary summary(QuizAttempt attempt, boolean reveal) {
        var all = items.findByAttemptIdOrderByPosition(attempt.getId());
        Map<String, QuestionDetails> details = catalog.details(all.stream().map(AttemptItem::getQuestionId).toList());
        List<AttemptSummary.Line> lines = all.stream().map(i -> {
            QuestionDetails q = details.get(i.getQuestionId());
            return new AttemptSummary.Line(i.getPosition(), q.prompt(), i.isAnswered(),
                    reveal && Boolean.TRUE.equals(i.getCorrect()), reveal && i.getScore() != null ? i.getScore() : 0,
                    Answers.display(q, i.getGivenAnswer()), reveal ? q.displayAnswer() : "",
                    reveal ? shown(attempt, q, i) : null);
        }).toList();
        Instant end = attempt.getFinishedAt() != null ? attempt.getFinishedAt()
                : all.stream().map(AttemptItem::getAnsweredAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(attempt.getStartedAt());
        int answered = (int) all.stream().filter(AttemptItem::isAnswered).count();
        double score = reveal ? all.stream().mapToDouble(i -> i.getScore() == null ? 0 : i.getScore()).sum() : 0;
        return new AttemptSummary(attempt.getId(), all.size(), answered, score,
                Duration.between(attempt.getStartedAt(), end), lines, frame(attempt), attempt.isAutoSubmitted());
    }

    /** The attempt's frame now: time left, and whether correctness is shown. */
    AttemptFrame frame(QuizAttempt attempt) {
        boolean finished = attempt.getStatus() == QuizAttempt.Status.FINISHED;
        if (attempt.getMode() == QuizAttempt.Mode.PRACTICE) {
            return AttemptFrame.practice(finished);
        }
        Duration left = attempt.getDeadline() == null ? null
                : finished ? Duration.ZERO : Duration.between(clock.instant(), attempt.getDeadline());
        return new AttemptFrame(attempt.getTitle(), true, finished, left, attempt.feedbackShown(), attempt.getFeedbackAfter());
    }

    /** What the student sees of an answered item: saved only while feedback is held back. */
    Feedback feedback(QuizAttempt attempt, QuestionDetails q, AttemptItem item) {
        return attempt.feedbackShown() ? shown(attempt, q, item) : Feedback.saved(Answers.display(q, item.getGivenAnswer()));
    }

    /** The full feedback of an item, answered or left unanswered: verdict, both answers and the source. */
    private static Feedback shown(QuizAttempt attempt, QuestionDetails q, AttemptItem item) {
        List<Feedback.OrderedItem> ordered = List.of();
        if (q.format() == Format.ORDERING) {
            List<String> given = JsonText.strings(item.getGivenAnswer());
            ordered = IntStream.range(0, q.items().size()).mapToObj(i -> new Feedback.OrderedItem(i + 1,
                    q.items().get(i).text(), i < given.size() && given.get(i).equals(q.items().get(i).text()),
                    q.items().get(i).source())).toList();
        }
        return new Feedback(true, Boolean.TRUE.equals(item.getCorrect()), item.getScore() == null ? 0 : item.getScore(),
                Boolean.TRUE.equals(item.getNearMiss()), Answers.display(q, item.getGivenAnswer()), q.displayAnswer(),
                q.explanation(), q.source(), ordered, item.getGradeNote(), item.getOverride(), claimable(attempt, q, item),
                item.isAnswered());
    }

    /** A student may say they were right about a wrong typed answer in practice, never in an assigned quiz. */
    static boolean claimable(QuizAttempt attempt, QuestionDetails q, AttemptItem item) {
        return attempt.getMode() == QuizAttempt.Mode.PRACTICE && q.format() == Format.SHORT_ANSWER && item.isAnswered()
                && Boolean.FALSE.equals(item.getCorrect()) && item.getOverride() == null;
    }
}
