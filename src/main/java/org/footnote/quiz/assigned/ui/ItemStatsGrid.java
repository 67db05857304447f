package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.footnote.quiz.assigned.QuizResults;
import org.footnote.quiz.results.ItemAnalysis;
import org.footnote.shared.ui.NarrowScreens;
import org.footnote.bank.Question;

/**
 * Per slot of the quiz: how many questions were drawn for it, facility, spread, discrimination and
 * efficiency, with weak discrimination flagged in words. {@link DrawnQuestions} breaks each slot down.
 */
class ItemStatsGrid extends Grid<QuizResults.SlotResult> {

    ItemStatsGrid() {
        addColumn(s -> "Q" + (s.slot() + 1)).setHeader("Q").setAutoWidth(true).setFlexGrow(0);
        addColumn(QuizResults.SlotResult::label).setHeader("Question").setFlexGrow(4);
        var drawn = addColumn(s -> s.questions().size()).setHeader("Questions drawn").setAutoWidth(true);
        var answered = addColumn(QuizResults.SlotResult::answered).setHeader("Answered").setAutoWidth(true);
        addColumn(s -> percent(s.item(), ItemAnalysis.Item::facility)).setHeader("Facility").setAutoWidth(true);
        var sd = addColumn(s -> percent(s.item(), ItemAnalysis.Item::standardDeviation)).setHeader("SD").setAutoWidth(true);
        addColumn(s -> percent(s.item(), ItemAnalysis.Item::discrimination)).setHeader("Discrimination").setKey("discrimination").setAutoWidth(true);
        var efficiency = addColumn(s -> percent(s.item(), ItemAnalysis.Item::discriminativeEfficiency)).setHeader("Efficiency").setAutoWidth(true);
        addComponentColumn(s -> flag(s.weak())).setHeader("Flag").setKey("flag").setAutoWidth(true);
        setAllRowsVisible(true);
        // On a phone: the slot, facility, discrimination and its flag; the rest is in the CSV.
        NarrowScreens.hideOnPhones(this, drawn, answered, sd, efficiency);
        setAriaLabel("Statistics per question slot");
        addClassName("item-stats");
    }

    static Span flag(boolean weak) {
        var flag = new Span(weak ? "Weak discrimination" : "");
        flag.addClassName("weak-flag");
        return flag;
    }

    static String percent(ItemAnalysis.Item item, java.util.function.ToDoubleFunction<ItemAnalysis.Item> value) {
        if (item == null) {
            return "\u2014";
        }
        double v = value.applyAsDouble(item);
        return Double.isNaN(v) ? "\u2014" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
