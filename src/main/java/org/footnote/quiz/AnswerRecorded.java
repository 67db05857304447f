package org.footnote.quiz;

import java.time.Instant;

/**
 * Published inside the transaction that records an answer, so that other features (flashcards,
 * progress) can react in the same transaction.
 */
public record AnswerRecorded(Long userId, String questionId, boolean correct, Instant at) {
}
