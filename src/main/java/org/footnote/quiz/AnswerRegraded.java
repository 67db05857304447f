package org.footnote.quiz;

import java.time.Instant;

/**
 * Published inside the transaction that changes the verdict of an answer the student has already
 * seen (their own "I was right", an instructor's re-grade), so that flashcards and Progress follow.
 *
 * @param answeredAt when the answer was given: the day its Progress counts belong to
 * @param correct    the new verdict
 */
public record AnswerRegraded(Long userId, String questionId, Instant answeredAt, boolean correct) {
}
