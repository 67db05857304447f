package org.footnote.quiz.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.footnote.quiz.AttemptFrame;
import org.footnote.quiz.Feedback;
import org.footnote.shared.ui.Times;

/** In an assigned quiz that keeps feedback back: the answer is saved, and when the student will see more. */
class SavedPanel extends Div {

    SavedPanel(Feedback saved, AttemptFrame frame) {
        addClassName("saved-panel");
        add(new H2("Answer saved"));
        var given = new Paragraph("Your answer: " + (saved.givenAnswer().isEmpty() ? "(none)" : saved.givenAnswer()));
        given.addClassName("feedback-given");
        add(given, new Paragraph(when(frame)));
    }

    static String when(AttemptFrame frame) {
        return (frame.finished() ? "" : "You can change it until you submit. ") + (frame.feedbackAfter() == null
                ? "You will see which answers were right, with their sources, when you submit the quiz."
                : "You will see which answers were right, with their sources, after the quiz closes ("
                        + Times.format(frame.feedbackAfter()) + ").");
    }
}
