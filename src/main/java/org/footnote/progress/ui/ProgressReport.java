package org.footnote.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.footnote.progress.ProgressService;
import org.footnote.progress.ProgressDashboard;
import org.footnote.progress.ui.charts.Charts;
import org.footnote.progress.Share;

/**
 * A learner's progress: today and this week, streaks, accuracy, charts, mastery, weakest topics.
 * Shown to the learner (with a Practise button per weak topic) and, read-only, to their instructors.
 */
public class ProgressReport extends VerticalLayout {

    private final Consumer<ProgressDashboard.WeakTopic> practise;

    /** @param practise what a weak topic's Practise button does; null for a read-only report */
    public ProgressReport(ProgressDashboard d, Consumer<ProgressDashboard.WeakTopic> practise) {
        this.practise = practise;
        addClassName("progress-report");
        setPadding(false);
        add(headline(d));

        LocalDate today = d.today();
        add(chartSection("Activity over the last year", "Reviews and answers per day; darker is more.",
                d.activity().stream().anyMatch(c -> c.count() > 0),
                "No answers or reviews yet: practise a quiz or study your flashcards, and each day's work will show here.",
                () -> Charts.activity(d.activity(), today.minusDays(364), today)));
        String noAnswers = "No quiz answers yet: answer a few questions in a practice quiz to see how often you are right.";
        var accuracy = new Div(chartSection("Accuracy by document", null, !d.byDocument().isEmpty(), noAnswers,
                        () -> Charts.accuracy("Accuracy by document", d.byDocument())),
                chartSection("Accuracy by kind of question", null, !d.byKind().isEmpty(), noAnswers,
                        () -> Charts.accuracy("Accuracy by kind of question", d.byKind())));
        accuracy.addClassName("progress-pair");
        add(accuracy);
        add(chartSection("Cards due in the next 30 days", null, d.dueNext30Days().stream().anyMatch(c -> c.count() > 0),
                "No cards due in the next 30 days. Cards you study, and questions you miss, come back here when they are due.",
                () -> Charts.dueForecast(d.dueNext30Days())));
        add(chartSection("Retention: measured against desired",
                "Share of reviews of mature cards (21 days or more since the last review) that you recalled, per week; "
                        + "you asked for " + Math.round(d.desiredRetention() * 100) + "%.", !d.retention().isEmpty(),
                "No reviews of mature cards yet: this fills in once cards come back 21 days or more after their last review.",
                () -> Charts.retention(d.retention())));
        add(mastery(d), weakest(d));
    }

    private static Div headline(ProgressDashboard d) {
        var box = new Div(
                stat("Today", count(d.doneToday(), "answer or review", "answers and reviews")),
                stat("This week", count(d.doneThisWeek(), "answer or review", "answers and reviews")),
                stat("Accuracy", d.accuracy() == null ? "No answers yet"
                        : Math.round(d.accuracy() * 100) + "% right of " + count(d.answers(), "answer", "answers")),
                stat("Streak", days(d.streak()) + " (longest " + days(d.longestStreak()) + ")"),
                stat("Cards due", count(d.dueNow(), "card", "cards") + " now, " + d.dueTomorrow() + " tomorrow"));
        box.addClassName("progress-headline");
        var note = new Paragraph("A day counts towards your streak with at least " + ProgressService.STREAK_MINIMUM
                + " answers and reviews.");
        note.addClassName("progress-note");
        return new Div(box, note);
    }

    private static Div stat(String label, String value) {
        var l = new Span(label);
        l.addClassName("stat-label");
        var v = new Span(value);
        v.addClassName("stat-value");
        var stat = new Div(l, v);
        stat.addClassName("stat");
        return stat;
    }

    private static String days(int n) {
        return count(n, "day", "days");
    }

    /** A figure with its unit, so no number stands alone. */
    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A chart, or when there is nothing to draw, a sentence saying so instead of bare axes. */
    private static Div chartSection(String title, String text, boolean hasData, String empty,
                                    java.util.function.Supplier<Component> chart) {
        if (hasData) {
            return section(title, text, chart.get());
        }
        var note = new Paragraph(empty);
        note.addClassName("chart-empty");
        return section(title, null, note);
    }

    private static Div section(String title, String text, Component content) {
        var section = new Div(new H2(title));
        if (text != null) {
            section.add(new Paragraph(text));
        }
        section.add(content);
        section.addClassName("progress-section");
        return section;
    }

    private static Div mastery(ProgressDashboard d) {
        var list = new UnorderedList();
        list.addClassName("mastery-list");
        for (ProgressDashboard.Mastery m : d.mastery()) {
            var bar = new ProgressBar(0, Math.max(1, m.questions()), m.mastered());
            bar.getElement().setAttribute("aria-label", m.label() + ": " + m.percent() + "% mastered");
            list.add(new ListItem(new Span(m.label() + ": " + m.mastered() + " of " + m.questions() + " questions ("
                    + m.percent() + "%)"), bar));
        }
        return section("Mastery by document",
                "A question is mastered when your last answer to it was right and its card holds for more than 21 days.", list);
    }

    private Div weakest(ProgressDashboard d) {
        if (d.weakest().isEmpty()) {
            return section("Weakest topics", "Answer a few quiz questions and your weakest topics will show here.", new Div());
        }
        var list = new UnorderedList();
        list.addClassName("weak-topics");
        for (ProgressDashboard.WeakTopic t : d.weakest()) {
            var item = new ListItem(new Span(t.kind().plural() + " in " + t.documentLabel() + ": " + t.percent()
                    + "% right (" + t.right() + " of " + t.answers() + ") "));
            if (practise != null) {
                var go = new Button("Practise", e -> practise.accept(t));
                go.setAriaLabel("Practise " + t.kind().plural().toLowerCase() + " from " + t.documentLabel());
                item.add(go);
            }
            list.add(item);
        }
        return section("Weakest topics", null, list);
    }
}
