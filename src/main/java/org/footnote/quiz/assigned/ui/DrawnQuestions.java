package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.footnote.bank.ui.components.QuestionPreview;
import org.footnote.quiz.assigned.QuizResults;
import org.footnote.quiz.results.ItemAnalysis;

/**
 * Each slot of a quiz opened up (keyboard-operable, one per slot), listing the questions actually
 * drawn for it: a rule's slot gives different students different questions, so each question has
 * its own preview with its source, statistics over the students who met it, and the answers given.
 */
class DrawnQuestions extends Div {

    DrawnQuestions(List<QuizResults.SlotResult> slots) {
        addClassName("drawn-questions");
        for (QuizResults.SlotResult s : slots) {
            int n = s.questions().size();
            var content = new Div();
            if (n == 0) {
                content.add(new Paragraph("Nobody has met this question yet."));
            }
            s.questions().forEach(q -> content.add(question(q)));
            add(new Details("Q" + (s.slot() + 1) + ": " + s.label()
                    + (s.drawnByRule() ? " (" + n + (n == 1 ? " question" : " questions") + " drawn)" : ""), content));
        }
    }

    private static Section question(QuizResults.QuestionResult q) {
        var section = new Section();
        section.addClassName("drawn-question");
        var heading = new H3(q.question().prompt());
        section.add(new QuestionPreview(q.question(), heading));
        var stats = new Paragraph(statistics(q));
        stats.addClassName("drawn-question-stats");
        section.add(stats);
        if (q.weak()) {
            section.add(ItemStatsGrid.flag(true));
        }
        section.add(choices(q.choices()));
        return section;
    }

    /** "Met in 3 attempts, answered in 3. Facility 67%, SD 58%, discrimination 50%, efficiency 100%." */
    static String statistics(QuizResults.QuestionResult q) {
        ItemAnalysis.Item i = q.item();
        return "Met in " + q.drawn() + (q.drawn() == 1 ? " attempt" : " attempts") + ", answered in " + q.answered()
                + ". Facility " + ItemStatsGrid.percent(i, ItemAnalysis.Item::facility)
                + ", SD " + ItemStatsGrid.percent(i, ItemAnalysis.Item::standardDeviation)
                + ", discrimination " + ItemStatsGrid.percent(i, ItemAnalysis.Item::discrimination)
                + ", efficiency " + ItemStatsGrid.percent(i, ItemAnalysis.Item::discriminativeEfficiency) + ".";
    }

    private static Div choices(List<QuizResults.Choice> choices) {
        if (choices.isEmpty()) {
            return new Div(new Span("No answers yet."));
        }
        var list = new UnorderedList();
        list.addClassName("choice-list");
        list.getElement().setAttribute("aria-label", "Answers given");
        for (QuizResults.Choice c : choices) {
            var item = new ListItem(c.answer() + ": " + c.count() + (c.count() == 1 ? " student" : " students")
                    + (c.correct() ? " (right answer)" : ""));
            item.addClassName(c.correct() ? "is-correct" : "is-wrong");
            list.add(item);
        }
        var label = new Paragraph("Answers given:");
        label.addClassName("choice-list-label");
        return new Div(label, list);
    }
}
