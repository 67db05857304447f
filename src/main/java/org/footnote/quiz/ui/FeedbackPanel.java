package org.footnote.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.footnote.quiz.Feedback;
import org.footnote.bank.ui.components.SourceCard;

/**
 * After each answer: right or wrong in words and icon (never colour alone), the student's answer,
 * the right one, the explanation, and the source card. Ordering shows each item in its place with
 * its own passage.
 */
class FeedbackPanel extends Div {

    FeedbackPanel(Feedback feedback) {
        this(feedback, null);
    }

    /**
     * @param claimRight what "I was right" does, for a wrong typed answer in practice; null shows no
     *                   such button
     */
    FeedbackPanel(Feedback feedback, Runnable claimRight) {
        addClassName("feedback-panel");
        addClassName(feedback.correct() ? "is-correct" : "is-wrong");
        Icon icon = (feedback.correct() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var verdict = new H2(icon, new Span(feedback.verdict()));
        verdict.addClassName("feedback-verdict");
        add(verdict);
        add(line("Your answer", feedback.givenAnswer().isEmpty() ? "(none)" : feedback.givenAnswer(), "feedback-given"));
        boolean rightOrder = feedback.correct() && !feedback.items().isEmpty();
        if (!feedback.correct() || feedback.nearMiss() || feedback.override() != null) {
            add(line(feedback.nearMiss() ? "Spelled" : "Correct answer", feedback.correctAnswer(), "feedback-answer"));
        }
        if (!feedback.correct() && feedback.note() != null && feedback.items().isEmpty()) {
            add(line("Why", sentence(feedback.note()), "feedback-note"));
        }
        if (feedback.claimable() && claimRight != null) {
            var claim = new Button("I was right", e -> claimRight.run());
            claim.addThemeVariants(ButtonVariant.TERTIARY);
            claim.addClassName("feedback-claim");
            claim.setId("claim-right");
            var why = new Span("If your answer says the same as the right one, count it as right. Your instructors "
                    + "see the answers counted this way.");
            why.addClassName("feedback-claim-hint");
            why.setId("claim-right-hint");
            claim.getElement().setAttribute("aria-describedby", "claim-right-hint");
            var row = new Div(claim, why);
            row.addClassName("feedback-claim-row");
            add(row);
        }
        if (feedback.explanation() != null && !feedback.explanation().isBlank()) {
            var why = new Paragraph(feedback.explanation());
            why.addClassName("feedback-explanation");
            add(why);
        }
        if (feedback.items().isEmpty()) {
            add(new SourceCard(feedback.source()));
        } else if (rightOrder) {
            // The student's order is the right one, already shown once above: only the passages follow.
            addDistinctPassages(feedback);
        } else {
            var order = new OrderedList();
            order.addClassName("feedback-order");
            for (Feedback.OrderedItem item : feedback.items()) {
                var entry = new ListItem(new Span(item.text() + " "));
                if (feedback.answered()) { // nothing was placed when the question went unanswered
                    var mark = new Span(item.studentHadItInPlace() ? "in place" : "moved");
                    mark.addClassName(item.studentHadItInPlace() ? "in-place" : "out-of-place");
                    entry.add(mark);
                }
                order.add(entry);
            }
            add(order);
            addDistinctPassages(feedback);
        }
    }

    /** One card per distinct passage: items often share a sentence, which need not be repeated. */
    private void addDistinctPassages(Feedback feedback) {
        feedback.items().stream().map(Feedback.OrderedItem::source)
                .collect(java.util.stream.Collectors.toMap(p -> p.documentId() + "\u0000" + p.quote(), p -> p,
                        (first, same) -> first, java.util.LinkedHashMap::new))
                .values().forEach(p -> add(new SourceCard(p)));
    }

    /** What the live region says: the verdict and, when wrong, the right answer. */
    static String announcement(Feedback feedback) {
        return feedback.verdict() + "." + (feedback.correct() && !feedback.nearMiss() ? ""
                : " The answer is " + feedback.correctAnswer() + ".");
    }

    private static String sentence(String note) {
        return note.isEmpty() ? note : Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".";
    }

    private static Paragraph line(String label, String value, String className) {
        var strong = new Span(label + ": ");
        strong.addClassName("feedback-label");
        var p = new Paragraph(strong, new Span(value));
        p.addClassName(className);
        return p;
    }
}
