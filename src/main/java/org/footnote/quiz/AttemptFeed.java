package org.footnote.quiz;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands answers to the rest of the app (Mistakes, flashcards, Progress) once the student may see
 * whether they were right: at once in practice, at submission or after closing in assigned quizzes,
 * so that a card or a mistake never gives an answer away during a test. Also submits attempts whose
 * time ran out. Runs inside the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AttemptFeed {

    private final AttemptItemRepository items;
    private final ApplicationEventPublisher events;
    private final EntityManager entities;

    AttemptFeed(AttemptItemRepository items, ApplicationEventPublisher events, EntityManager entities) {
        this.items = items;
        this.events = events;
        this.entities = entities;
    }

    void answered(Long userId, String questionId, boolean correct, Instant at) {
        events.publishEvent(new AnswerRecorded(userId, questionId, correct, at));
    }

    /** A verdict the student has seen changed: the rest of the app follows. */
    void regraded(Long userId, String questionId, Instant answeredAt, boolean correct) {
        events.publishEvent(new AnswerRegraded(userId, questionId, answeredAt, correct));
    }

    /**
     * Brings the attempt up to the server's clock: submitted as of its deadline if that has passed,
     * and its answers shown and fed if their time has come. Every read of an attempt goes through this.
     * When something is due, the attempt's row is locked and read again first: a sweep or a request on
     * another instance may be doing the same, and whoever comes second finds it done and feeds nothing.
     * The attempt must have no unsaved changes (it is freshly loaded in this transaction).
     */
    /**
     * Locks the attempt's row and reads it again, for a change that a sweep or another instance may be
     * making at the same moment (submitting at the limit): whoever comes second sees the first's result.
     */
    void lock(QuizAttempt attempt) {
        entities.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
    }

    public void catchUp(QuizAttempt attempt, Instant now) {
        if (!attempt.overdue(now) && !attempt.feedbackDue(now)) {
            return;
        }
        entities.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.overdue(now)) {
            attempt.submitAtDeadline();
        }
        feedIfDue(attempt, now);
    }

    /** Shows and feeds the attempt's answers if their time has come; each answer is fed once. */
    void feedIfDue(QuizAttempt attempt, Instant now) {
        if (attempt.feedbackDue(now)) {
            for (AttemptItem item : items.findByAttemptIdOrderByPosition(attempt.getId())) {
                if (item.isAnswered()) {
                    answered(attempt.getUserId(), item.getQuestionId(), Boolean.TRUE.equals(item.getCorrect()),
                            item.getAnsweredAt());
                }
            }
            attempt.markFed(now);
        }
    }
}
