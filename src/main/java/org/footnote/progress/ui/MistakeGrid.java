package org.footnote.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.footnote.progress.Mistake;
import org.footnote.bank.ui.components.SourceCard;
import org.footnote.shared.ui.NarrowScreens;
import org.footnote.shared.ui.Times;
import org.footnote.bank.Kind;
import org.footnote.bank.Question;

/**
 * Mistakes as a grid: one row per missed question, the whole prompt and both answers wrapping; each
 * row's Show button opens the question, both answers, the explanation and the source card.
 */
public class MistakeGrid extends Grid<Mistake> {

    public MistakeGrid() {
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        addColumn(m -> m.question().prompt()).setHeader("Question").setKey("question").setFlexGrow(4);
        var document = addColumn(m -> m.question().source().author()).setHeader("Document").setAutoWidth(true);
        var kind = addColumn(m -> m.question().kind().plural()).setHeader("Kind").setAutoWidth(true);
        var missed = addColumn(Mistake::timesMissed).setHeader("Missed").setAutoWidth(true);
        var lastMissed = addColumn(m -> Times.date(m.lastMissed())).setHeader("Last missed").setKey("last-missed").setAutoWidth(true);
        var lastAnswer = addComponentColumn(m -> AnswerText.of(m.lastWrongAnswer(), m.lastWrongOrder())).setHeader("Last answer").setKey("last-answer")
                .setFlexGrow(2);
        var rightAnswer = addComponentColumn(m -> AnswerText.of(m.question().displayAnswer(), m.question().itemTexts()))
                .setHeader("Right answer").setKey("right-answer").setFlexGrow(2);
        addColumn(m -> m.stillMissed() ? "Still missed" : "Fixed").setHeader("Status").setAutoWidth(true);
        addComponentColumn(this::toggle).setHeader("Details").setKey("details").setAutoWidth(true).setFlexGrow(0);
        setItemDetailsRenderer(new ComponentRenderer<>(MistakeGrid::details));
        setDetailsVisibleOnClick(false);
        // On a phone: the question, its status and Show; the row's details hold the rest.
        NarrowScreens.hideOnPhones(this, document, kind, missed, lastMissed, lastAnswer, rightAnswer);
        getElement().setAttribute("aria-label", "Mistakes; each row's Show button opens its source");
    }

    /** A real button, so the expansion is visible and reachable with Tab; it says whether it is open. */
    private Button toggle(Mistake m) {
        var button = new Button();
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("mistake-toggle");
        label(button, m, isDetailsVisible(m));
        button.addClickListener(e -> {
            boolean open = !isDetailsVisible(m);
            setDetailsVisible(m, open);
            label(button, m, open);
        });
        return button;
    }

    private static void label(Button button, Mistake m, boolean open) {
        button.setText(open ? "Hide" : "Show");
        button.setAriaLabel((open ? "Hide" : "Show") + " details of \u201c" + m.question().prompt() + "\u201d");
        button.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    private static Div details(Mistake m) {
        var box = new Div(new H2(m.question().prompt()),
                labelled("Your last answer", AnswerText.of(m.lastWrongAnswer(), m.lastWrongOrder())),
                labelled("Right answer", AnswerText.of(m.question().displayAnswer(), m.question().itemTexts())));
        box.addClassName("mistake-details");
        if (m.question().explanation() != null) {
            box.add(new Paragraph(m.question().explanation()));
        }
        if (!m.stillMissed()) {
            box.add(new Span("Fixed: answered right on " + Times.date(m.fixedAt()) + "."));
        }
        box.add(new SourceCard(m.question().source()));
        return box;
    }

    private static Div labelled(String label, Component answer) {
        var name = new Span(label);
        name.addClassName("mistake-answer-label");
        var line = new Div(name, answer);
        line.addClassName("mistake-answer");
        return line;
    }
}
