package org.footnote.quiz.assigned;

import java.util.Map;

/** Input that cannot be saved, with a message per field for the form to show beside it. */
public class InvalidQuizException extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidQuizException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public InvalidQuizException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
