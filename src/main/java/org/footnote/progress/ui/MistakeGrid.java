package org.footnote.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.footnote.progress.Mistake;
import org.footnote.ui.SourceCard;

/** Mistakes as a grid: one row per missed question; opening a row shows its explanation and source card. */
public class MistakeGrid extends Grid<Mistake> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    public MistakeGrid() {
        addColumn(m -> m.question().prompt()).setHeader("Question").setFlexGrow(4);
        addColumn(m -> m.question().source().author()).setHeader("Document").setAutoWidth(true);
        addColumn(m -> m.question().kind().plural()).setHeader("Kind").setAutoWidth(true);
        addColumn(Mistake::timesMissed).setHeader("Missed").setAutoWidth(true);
        addColumn(m -> DAY.format(m.lastMissed().atZone(ZoneId.systemDefault()))).setHeader("Last missed").setAutoWidth(true);
        addComponentColumn(m -> AnswerText.of(m.lastWrongAnswer(), m.lastWrongOrder())).setHeader("Last answer").setKey("last-answer")
                .setFlexGrow(2);
        addComponentColumn(m -> AnswerText.of(m.question().displayAnswer(), m.question().itemTexts()))
                .setHeader("Right answer").setKey("right-answer").setFlexGrow(2);
        addColumn(m -> m.stillMissed() ? "Still missed" : "Fixed").setHeader("Status").setAutoWidth(true);
        setItemDetailsRenderer(new ComponentRenderer<>(MistakeGrid::details));
        setDetailsVisibleOnClick(true);
        getElement().setAttribute("aria-label", "Mistakes; open a row for its source");
    }

    private static Div details(Mistake m) {
        var box = new Div();
        box.addClassName("mistake-details");
        if (m.question().explanation() != null) {
            box.add(new Paragraph(m.question().explanation()));
        }
        if (!m.stillMissed()) {
            box.add(new Span("Fixed: answered right on " + DAY.format(m.fixedAt().atZone(ZoneId.systemDefault())) + "."));
        }
        box.add(new SourceCard(m.question().source()));
        return box;
    }
}
