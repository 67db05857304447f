package org.footnote.quiz;

import java.time.Instant;

/** A practice quiz left unfinished, to resume. */
public record OpenQuiz(long attemptId, int answered, int total, Instant startedAt) {
}
