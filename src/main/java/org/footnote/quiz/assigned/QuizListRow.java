package org.footnote.quiz.assigned;

import java.time.Instant;
import java.util.List;

/** A quiz in its author's list. */
public record QuizListRow(long id, String title, int questions, List<String> classes, Instant opensAt, Instant closesAt,
                          Integer timeLimitMinutes, long attempts) {
}
