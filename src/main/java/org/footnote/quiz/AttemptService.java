package org.footnote.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.quiz.grading.Grade;
import org.footnote.account.CurrentUser;
import org.footnote.shared.JsonText;
import org.footnote.shared.TextHygiene;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a quiz, practice or assigned: one question at a time, each answer saved in the
 * transaction that returns its feedback, submission and the summary. Every method works on the
 * signed-in student's own attempts only. A time limit is enforced here, not in the browser: an
 * attempt past its deadline is submitted (as of the deadline) before anything else is done with it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AttemptService {

    private final QuizAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final AttemptFeed feed;
    private final QuestionCatalog catalog;
    private final AnswerGrader grader;
    private final AttemptReviews reviews;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AttemptService(QuizAttemptRepository attempts, AttemptItemRepository items, AttemptFeed feed,
                          QuestionCatalog catalog, AnswerGrader grader, AttemptReviews reviews, CurrentUser currentUser,
                          Clock clock) {
        this.attempts = attempts;
        this.items = items;
        this.feed = feed;
        this.catalog = catalog;
        this.grader = grader;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The first question not yet answered, or the last one when all are (then the quiz can finish). */
    @Transactional
    public QuizQuestion current(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        var all = items.findByAttemptIdOrderByPosition(attempt.getId());
        AttemptItem item = all.stream().filter(i -> !i.isAnswered()).findFirst().orElse(all.getLast());
        return toQuestion(attempt, item, all.size());
    }

    @Transactional
    public QuizQuestion question(long attemptId, int position) {
        Located at = locate(attemptId, position);
        return toQuestion(at.attempt(), at.item(), at.total());
    }

    /** Per question, in order, whether it has an answer (saved or checked): the quiz's navigator. */
    @Transactional
    public List<Boolean> answered(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        return items.findByAttemptIdOrderByPosition(attempt.getId()).stream().map(AttemptItem::isAnswered).toList();
    }

    /** The attempt's frame now: time left, and whether the server has submitted it. */
    @Transactional
    public AttemptFrame frame(long attemptId) {
        return frameOf(owned(attemptId));
    }

    /**
     * Grades and saves an answer, and returns its feedback, in one transaction. A second answer
     * to the same question (double click, second tab) changes nothing and gets the first one's feedback,
     * except in an assigned quiz that holds feedback back: there the student may change an answer
     * until they submit, since they have seen nothing of it.
     *
     * @throws TimeUpException after the time limit (the attempt is then submitted)
     */
    @Transactional(noRollbackFor = TimeUpException.class)
    public Feedback answer(long attemptId, int position, String given, long timeTakenMs) {
        String clean = TextHygiene.clean(given == null ? "" : given).strip();
        if (clean.length() > MAX_TYPED_ANSWER) {
            throw new AnswerTooLongException(MAX_TYPED_ANSWER);
        }
        return record(attemptId, position, clean, List.of(), timeTakenMs);
    }

    /** The longest typed answer, in characters: a phrase or two, as the answer field allows. */
    public static final int MAX_TYPED_ANSWER = 300;

    /** A typed answer longer than {@link #MAX_TYPED_ANSWER}: refused, nothing recorded. */
    public static class AnswerTooLongException extends IllegalArgumentException {
        AnswerTooLongException(int max) {
            super("An answer is at most " + max + " characters; shorten it and check it again.");
        }
    }

    /** As {@link #answer}, for ordering questions: the items in the order the student put them. */
    @Transactional(noRollbackFor = TimeUpException.class)
    public Feedback answerOrdering(long attemptId, int position, List<String> order, long timeTakenMs) {
        return record(attemptId, position, JsonText.write(order), order, timeTakenMs);
    }

    /**
     * Submits the attempt; answers whose feedback waited for submission are shown and fed now.
     * Returns the attempt's frame: the summary page builds the results, once.
     */
    @Transactional
    public AttemptFrame finish(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        // The sweep may be submitting it at its time limit right now: wait for it rather than fail.
        feed.lock(attempt);
        attempt.finish(clock.instant());
        feed.feedIfDue(attempt, clock.instant());
        return frameOf(attempt);
    }

    @Transactional
    public AttemptSummary summary(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        return reviews.summary(attempt, attempt.feedbackShown());
    }

    private Feedback record(long attemptId, int position, String given, List<String> order, long timeTakenMs) {
        Located at = locate(attemptId, position);
        QuizAttempt attempt = at.attempt();
        AttemptItem item = at.item();
        if (attempt.isAutoSubmitted() && attempt.getStatus() == QuizAttempt.Status.FINISHED) {
            throw new TimeUpException();
        }
        if (attempt.getStatus() == QuizAttempt.Status.FINISHED) {
            throw new IllegalStateException("This quiz is finished; its answers can no longer change.");
        }
        QuestionDetails q = catalog.details(item.getQuestionId()).orElseThrow();
        boolean first = !item.isAnswered();
        if (!first && attempt.feedbackShown()) {
            return feedback(attempt, q, item); // seen already: a second click changes nothing
        }
        Grade grade = grade(q, given, order);
        Instant now = clock.instant();
        long taken = Math.max(0, timeTakenMs);
        String note = note(q, grade);
        if (first) {
            if (items.recordAnswer(item.getId(), given, grade.correct(), grade.score(), grade.nearMiss(), note, now,
                    taken) == 0) {
                // Another request answered first (double click, second tab): its answer is what the student sees.
                return feedback(attempt, q, items.findById(item.getId()).orElseThrow());
            }
            if (attempt.feedbackShown()) {
                feed.answered(attempt.getUserId(), q.id(), grade.correct(), now);
            }
        } else {
            items.replaceAnswer(item.getId(), given, grade.correct(), grade.score(), grade.nearMiss(), note, now, taken);
        }
        item.written(given, grade, note, now, taken);
        return feedback(attempt, q, item);
    }

    private Grade grade(QuestionDetails q, String given, List<String> order) {
        return grader.grade(q, given, order);
    }

    /** The grader's reason is kept for typed answers, where it tells the student what was missing. */
    private static String note(QuestionDetails q, Grade grade) {
        return q.format() == Format.SHORT_ANSWER ? AnswerGrader.note(grade) : null;
    }

    /**
     * "I was right": in a practice quiz, the student counts a typed answer the grader refused as
     * right. It then counts as right everywhere (Mistakes, cards, Progress); instructors see the
     * claim with the typed text among the typed answers to review. Pressing twice changes nothing.
     *
     * @throws IllegalStateException for anything but a wrong typed answer of a practice quiz
     */
    @Transactional
    public Feedback claimRight(long attemptId, int position) {
        Located at = locate(attemptId, position);
        QuizAttempt attempt = at.attempt();
        AttemptItem item = at.item();
        QuestionDetails q = catalog.details(item.getQuestionId()).orElseThrow();
        if (!AttemptReviews.claimable(attempt, q, item) && item.getOverride() == null) {
            throw new IllegalStateException("Only a wrong typed answer of a practice quiz can be counted as right.");
        }
        if (items.claim(item.getId(), clock.instant()) == 1) {
            feed.regraded(attempt.getUserId(), q.id(), item.getAnsweredAt(), true);
        }
        return feedback(attempt, q, items.findById(item.getId()).orElseThrow());
    }

    private QuizQuestion toQuestion(QuizAttempt attempt, AttemptItem item, int total) {
        QuestionDetails q = catalog.details(item.getQuestionId()).orElseThrow();
        return new QuizQuestion(item.getAttemptId(), item.getPosition(), total, q.kind(), q.format(), q.prompt(),
                JsonText.strings(item.getOptionsJson()), item.isAnswered() ? feedback(attempt, q, item) : null,
                frameOf(attempt));
    }

    private AttemptFrame frameOf(QuizAttempt attempt) {
        return reviews.frame(attempt);
    }

    private Feedback feedback(QuizAttempt attempt, QuestionDetails q, AttemptItem item) {
        return reviews.feedback(attempt, q, item);
    }

    /** The signed-in student's attempt, brought up to the server's clock first; anyone else's looks missing. */
    private QuizAttempt owned(long attemptId) {
        long me = currentUser.id();
        QuizAttempt attempt = attempts.findById(attemptId).filter(a -> a.getUserId() == me)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
        feed.catchUp(attempt, clock.instant());
        return attempt;
    }

    /** One item of the signed-in student's attempt with the attempt, brought up to the clock, in one read. */
    private Located locate(long attemptId, int position) {
        long me = currentUser.id();
        Object[] row = items.findWithAttempt(attemptId, position).stream().findFirst()
                .filter(r -> ((QuizAttempt) r[1]).getUserId() == me)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
        QuizAttempt attempt = (QuizAttempt) row[1];
        feed.catchUp(attempt, clock.instant());
        return new Located(attempt, (AttemptItem) row[0], ((Number) row[2]).intValue());
    }

    private record Located(QuizAttempt attempt, AttemptItem item, int total) {
    }
}
