package org.footnote.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntConsumer;
import org.footnote.bank.Question;

/**
 * Every question of an assigned quiz as a numbered button, as Moodle's quiz navigation: its state
 * (answered or not yet) shown by shape and in its accessible name ("Question 3, answered"), the
 * current one marked, and a click (or Enter or Space) goes to it.
 */
class QuestionNavigator extends Nav {

    private final IntConsumer goTo;
    private final Div buttons = new Div();

    /** @param goTo what choosing a question does, with its 0-based position */
    QuestionNavigator(IntConsumer goTo) {
        this.goTo = goTo;
        addClassName("quiz-navigator");
        var label = new Span("Questions");
        label.setId("quiz-navigator-label");
        label.addClassName("quiz-navigator-label");
        getElement().setAttribute("aria-labelledby", "quiz-navigator-label");
        buttons.addClassName("quiz-navigator-buttons");
        add(label, buttons);
        QuizView.keepEnterToButtons(this);
    }

    /** @param answered per question, in order, whether it has an answer */
    void show(List<Boolean> answered, int current) {
        buttons.removeAll();
        for (int i = 0; i < answered.size(); i++) {
            int position = i;
            boolean done = answered.get(i);
            var button = new Button(String.valueOf(i + 1), e -> goTo.accept(position));
            button.addClassName("quiz-navigator-question");
            button.addClassName(done ? "is-answered" : "is-unanswered");
            button.setAriaLabel(name(i, done, i == current));
            if (i == current) {
                button.addClassName("is-current");
                button.getElement().setAttribute("aria-current", "step");
            }
            buttons.add(button);
        }
    }

    /** "Question 3, answered", "Question 4, not answered yet", with ", current" for the one shown. */
    static String name(int position, boolean answered, boolean current) {
        return "Question " + (position + 1) + ", " + (answered ? "answered" : "not answered yet") + (current ? ", current" : "");
    }
}
