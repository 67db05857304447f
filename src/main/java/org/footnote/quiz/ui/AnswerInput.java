package org.footnote.quiz.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.footnote.quiz.QuizQuestion;

/** How a student gives an answer in one format. */
interface AnswerInput {

    Component component();

    /** The answer as typed or chosen; empty when the student has not given one yet. */
    Optional<String> answer();

    /** Ordering only: the items in the order the student put them. */
    default List<String> order() {
        return List.of();
    }

    /** Stops further changes once the answer is in. */
    void lock();

    void focus();

    /** A key the student pressed (a number for a choice); whether this input used it. */
    default boolean pressNumber(int number) {
        return false;
    }

    static AnswerInput of(QuizQuestion question) {
        return switch (question.format()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> new ChoiceInput(question.options());
            case SHORT_ANSWER -> new ShortAnswerInput(question.kind());
            case ORDERING -> new OrderingInput(question.options());
        };
    }
}
