package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.footnote.quiz.assigned.QuizResults;
import org.footnote.quiz.results.ItemAnalysis;

/**
 * Per question: facility, spread, discrimination and efficiency, with weak discrimination flagged
 * in words; a row's details list the answers students gave, the right one marked.
 */
class ItemStatsGrid extends Grid<QuizResults.SlotResult> {

    ItemStatsGrid() {
        addColumn(s -> "Q" + (s.slot() + 1)).setHeader("Q").setAutoWidth(true).setFlexGrow(0);
        addColumn(QuizResults.SlotResult::label).setHeader("Question").setFlexGrow(4);
        addColumn(QuizResults.SlotResult::answered).setHeader("Answered").setAutoWidth(true);
        addColumn(s -> percent(s.item(), ItemAnalysis.Item::facility)).setHeader("Facility").setAutoWidth(true);
        addColumn(s -> percent(s.item(), ItemAnalysis.Item::standardDeviation)).setHeader("SD").setAutoWidth(true);
        addColumn(s -> percent(s.item(), ItemAnalysis.Item::discrimination)).setHeader("Discrimination").setAutoWidth(true);
        addColumn(s -> percent(s.item(), ItemAnalysis.Item::discriminativeEfficiency)).setHeader("Efficiency").setAutoWidth(true);
        addComponentColumn(ItemStatsGrid::flag).setHeader("Flag").setAutoWidth(true);
        setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(ItemStatsGrid::choices));
        setDetailsVisibleOnClick(true);
        setAllRowsVisible(true);
        setAriaLabel("Statistics per question; select a row for the answers given");
        addClassName("item-stats");
    }

    private static Span flag(QuizResults.SlotResult s) {
        var flag = new Span(s.weak() ? "Weak discrimination" : "");
        flag.addClassName("weak-flag");
        return flag;
    }

    private static Div choices(QuizResults.SlotResult s) {
        var list = new UnorderedList();
        list.addClassName("choice-list");
        // A rule's slot holds several questions: name each before its answers.
        boolean several = s.choices().stream().map(QuizResults.Choice::question).distinct().count() > 1;
        String question = null;
        for (QuizResults.Choice c : s.choices()) {
            if (several && !c.question().equals(question)) {
                list.add(new ListItem(new Span(c.question())));
            }
            question = c.question();
            var item = new ListItem(c.answer() + ": " + c.count() + (c.count() == 1 ? " student" : " students")
                    + (c.correct() ? " (right answer)" : ""));
            item.addClassName(c.correct() ? "is-correct" : "is-wrong");
            list.add(item);
        }
        return new Div(s.choices().isEmpty() ? new Span("No answers yet.") : list);
    }

    static String percent(ItemAnalysis.Item item, java.util.function.ToDoubleFunction<ItemAnalysis.Item> value) {
        if (item == null) {
            return "\u2014";
        }
        double v = value.applyAsDouble(item);
        return Double.isNaN(v) ? "\u2014" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
