package org.footnote.quiz.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.footnote.quiz.AttemptSummary;

/**
 * Every question of an attempt reviewed as practice shows an answer: the prompt, then the same
 * feedback panel (verdict, both answers, explanation and source card). Questions left unanswered
 * appear too, as "Not answered" with the right answer and its source. For the student's summary and
 * for an instructor reading a student's attempt.
 */
public class AttemptReviewList extends OrderedList {

    public AttemptReviewList(List<AttemptSummary.Line> lines) {
        addClassName("summary-lines");
        lines.stream().filter(l -> l.review() != null).forEach(l -> add(line(l)));
    }

    /** "1 of 3 right (33%) in 4 min 10 s. 2 questions were not answered; they count as wrong." */
    public static Paragraph score(AttemptSummary summary) {
        boolean partialCredit = summary.score() != summary.rightCount();
        var score = new Paragraph(summary.rightCount() + " of " + summary.total() + " right"
                + (partialCredit ? ", scoring " + summary.percent() + "% with partial credit for ordering,"
                        : " (" + summary.percent() + "%)") + " in " + SummaryView.words(summary.time()) + "."
                + unanswered(summary.unansweredCount()));
        score.addClassName("summary-score");
        return score;
    }

    /** " 2 questions were not answered; they count as wrong." */
    static String unanswered(long count) {
        return count == 0 ? "" : " " + count + (count == 1 ? " question was" : " questions were")
                + " not answered; " + (count == 1 ? "it counts" : "they count") + " as wrong.";
    }

    private static ListItem line(AttemptSummary.Line line) {
        var prompt = new Paragraph(line.prompt());
        prompt.addClassName("summary-prompt");
        var item = new ListItem(prompt, new FeedbackPanel(line.review()));
        item.addClassName(line.correct() ? "is-correct" : "is-wrong");
        return item;
    }
}
