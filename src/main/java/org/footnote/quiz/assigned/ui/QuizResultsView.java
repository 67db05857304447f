package org.footnote.quiz.assigned.ui;

import org.footnote.shared.ui.Download;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.Supplier;
import org.footnote.account.Role;
import org.footnote.quiz.assigned.QuizNotFoundException;
import org.footnote.quiz.assigned.QuizResults;
import org.footnote.quiz.assigned.QuizResultsService;
import org.footnote.quiz.results.Csv;
import org.footnote.quiz.results.ItemAnalysis;
import org.footnote.shared.ui.NarrowScreens;
import org.footnote.shared.ui.Times;

/**
 * A quiz's results: each student's attempt, the quiz's statistics, and each question's item
 * analysis (first attempts by default, as Moodle's quiz statistics), with CSV downloads.
 */
@Route("quizzes/:quizId([0-9]+)/results")
@PageTitle("Quiz results · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class QuizResultsView extends VerticalLayout implements BeforeEnterObserver {

    private static final String FIRST = "First attempt of each student";
    private final QuizResultsService results;
    private final RadioButtonGroup<String> which = new RadioButtonGroup<>("Attempts included", FIRST, "All attempts");
    private final Div body = new Div();
    private long quizId;

    public QuizResultsView(QuizResultsService results) {
        this.results = results;
        addClassName("results-view");
        which.setValue(FIRST);
        which.addValueChangeListener(e -> show(results.results(quizId, firstOnly())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        quizId = event.getRouteParameters().getLong("quizId").orElse(-1L);
        try {
            QuizResults r = results.results(quizId, true);
            removeAll();
            add(new Anchor("quizzes", "All quizzes"), new H1(r.title() + ": results"), which, body);
            show(r);
        } catch (QuizNotFoundException e) {
            event.forwardTo(QuizzesView.class);
        }
    }

    private boolean firstOnly() {
        return FIRST.equals(which.getValue());
    }

    private void show(QuizResults r) {
        body.removeAll();
        if (r.attempts().isEmpty()) {
            body.add(new Paragraph("No submitted attempts yet. Results appear here as students submit the quiz."));
            return;
        }
        body.add(new H2("Quiz"), overview(r.analysis()), new H2("Students"), students(r), new H2("Questions"));
        if (r.analysis().students() < 2) {
            body.add(new Paragraph("Spread and discrimination need at least two attempts."));
        }
        var questions = new ItemStatsGrid();
        questions.setItems(r.slots());
        body.add(questions, new Paragraph("Facility: mean mark as a share of the maximum. Discrimination: correlation of "
                + "the question's mark with the rest of the quiz; under " + (int) (ItemAnalysis.WEAK_DISCRIMINATION * 100)
                + "% is flagged weak."), downloads(), new H2("Each question drawn"),
                new Paragraph("Open a question for what students met: each question drawn for it, with its statistics "
                        + "over the students who met it, the answers they gave, and its source."),
                new DrawnQuestions(r.slots()));
    }

    private static DescriptionList overview(ItemAnalysis.Quiz q) {
        var list = new DescriptionList();
        list.addClassName("results-overview");
        add(list, "Attempts", String.valueOf(q.students()));
        add(list, "Mean score", number(q.mean()) + " of " + number(q.maximum()));
        add(list, "Median", number(q.median()));
        add(list, "Standard deviation", number(q.standardDeviation()));
        add(list, "Cronbach's alpha", number(q.cronbachAlpha()));
        // As Moodle reports them: the share of the spread that is noise, and that noise in marks.
        add(list, "Error ratio", Double.isNaN(q.errorRatio()) ? "\u2014" : String.format(Locale.ROOT, "%.0f%%", 100 * q.errorRatio()));
        add(list, "Standard error", number(q.standardError()));
        return list;
    }

    private static void add(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static Grid<QuizResults.StudentAttempt> students(QuizResults r) {
        Grid<QuizResults.StudentAttempt> grid = new Grid<>();
        grid.addComponentColumn(a -> new Anchor("students/" + a.userId(), a.name())).setHeader("Student (their Progress)")
                .setFlexGrow(2);
        grid.addComponentColumn(QuizResultsView::reviewLink).setHeader("Attempt").setKey("attempt").setAutoWidth(true);
        var started = grid.addColumn(a -> Times.format(a.startedAt())).setHeader("Started").setAutoWidth(true);
        var time = grid.addColumn(a -> minutes(a.time()) + (a.submittedAtTimeLimit() ? " (time limit)" : "")).setHeader("Time").setAutoWidth(true);
        grid.addColumn(a -> number(a.score()) + " of " + a.outOf()).setHeader("Score").setAutoWidth(true);
        grid.addColumn(a -> String.format(Locale.ROOT, "%.0f%%", a.percent())).setHeader("Percent").setAutoWidth(true);
        grid.setItems(r.attempts());
        grid.setAllRowsVisible(true);
        grid.addClassName("results-students");
        NarrowScreens.hideOnPhones(grid, started, time);
        return grid;
    }

    /** "Review attempt 1": that attempt as the student saw it, not the student's overall Progress. */
    private static Anchor reviewLink(QuizResults.StudentAttempt a) {
        var link = new Anchor("quizzes/attempts/" + a.attemptId(), "Review attempt " + a.number());
        link.getElement().setAttribute("aria-label", "Review attempt " + a.number() + " by " + a.name());
        return link;
    }

    private Div downloads() {
        var attempts = csv(() -> results.attemptsCsv(quizId, firstOnly()), "quiz-" + quizId + "-attempts.csv",
                "Download attempts (CSV)");
        var questions = csv(() -> results.questionsCsv(quizId, firstOnly()), "quiz-" + quizId + "-questions.csv",
                "Download question statistics (CSV)");
        var box = new Div(attempts, questions);
        box.addClassName("results-downloads");
        return box;
    }

    private static Anchor csv(Supplier<String> content, String fileName, String text) {
        return Download.link(() -> Csv.download(content.get()), fileName, "text/csv;charset=utf-8", text);
    }

    private static String minutes(java.time.Duration d) {
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "\u2014" : String.format(Locale.ROOT, "%.2f", x).replaceAll("\\.00$", "");
    }
}
