package org.footnote.quiz.assigned;

import org.footnote.bank.Kind;

/**
 * "n random questions of kind K from document D, difficulty x", drawn afresh for each attempt.
 * Null criteria mean any.
 */
public record DrawRule(int count, String documentId, Kind kind, Integer difficulty) {

    public static final int MAX_COUNT = 50;

    public boolean matches(org.footnote.bank.QuestionRef q) {
        return (documentId == null || documentId.equals(q.documentId())) && (kind == null || kind == q.kind())
                && (difficulty == null || difficulty == q.difficulty());
    }
}
