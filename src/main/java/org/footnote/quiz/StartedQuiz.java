package org.footnote.quiz;

/** A quiz just drawn: {@code drawn} may be fewer than {@code requested} when the bank holds fewer. */
public record StartedQuiz(long attemptId, int drawn, int requested) {
}
