package org.footnote.bank.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.Role;
import org.footnote.bank.BankService;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.BankSummary;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.SyncReport;
import org.footnote.bank.Question;

/** The instructor's view of the bank: what it holds, per document, kind and format, and how it loaded. */
@Route("bank")
@PageTitle("Bank · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class BankView extends VerticalLayout {

    /** The instructors' review of typed answers (a page of the quiz feature). */
    static final String TYPED_ANSWERS = "bank/typed-answers";

    public BankView(BankService bank, QuestionCatalog catalog) {
        addClassName("bank-view");
        BankSummary summary = bank.summary();
        add(new H1("Question bank"));
        var headline = new Paragraph(summary.total() + " active questions from " + summary.rows().size()
                + " documents" + (bank.retiredCount() > 0 ? "; " + bank.retiredCount() + " retired" : "") + ".");
        headline.addClassName("bank-headline");
        add(headline);
        bank.lastLoad().ifPresent(this::showLoad);
        add(new H2("By kind of question"), kindGrid(summary), new H2("By format"), formatGrid(summary));
        var write = new Anchor(QuestionEditorView.NEW, "Write a new question");
        var importGift = new Anchor(GiftImportView.ROUTE, "Import questions from GIFT or Moodle XML");
        var typed = new Anchor(TYPED_ANSWERS, "Typed answers to review");
        var authoring = new Div(write, new Span(" \u00b7 "), importGift, new Span(" \u00b7 "), typed);
        authoring.addClassName("bank-authoring");
        add(authoring, new LintReport(bank.lint()), new QuestionBrowser(bank, catalog));
        add(new Paragraph("To add a question from a passage, open its document and select the passage. Edits made "
                + "here are kept in the database with their history; download the bank as YAML files to commit them."));
    }

    private void showLoad(SyncReport report) {
        if (report.applied()) {
            add(new Paragraph("Loaded from the bank files " + org.footnote.shared.ui.Times.format(report.at()) + ": " + report.added()
                    + " added, " + report.updated() + " updated, " + report.retired() + " retired, "
                    + report.unchanged() + " unchanged."));
            return;
        }
        var problems = new UnorderedList();
        report.problems().stream().limit(50).forEach(p -> problems.add(new ListItem(p.toString())));
        var box = new Div(new H2("The bank files were refused at start-up"),
                new Paragraph(report.problems().size() + " problem(s); students keep the last good bank until "
                        + "they are fixed and Footnote restarts."), problems);
        box.addClassName("bank-problems");
        box.getElement().setAttribute("role", "alert");
        add(box);
    }

    private static Grid<BankSummary.Row> kindGrid(BankSummary summary) {
        Grid<BankSummary.Row> grid = baseGrid(summary);
        for (Kind kind : Kind.values()) {
            grid.addColumn(r -> r.byKind().getOrDefault(kind, 0)).setHeader(kind.plural())
                    .setFooter(String.valueOf(summary.count(kind))).setTextAlign(ColumnTextAlign.END);
        }
        totalColumn(grid, summary);
        return grid;
    }

    private static Grid<BankSummary.Row> formatGrid(BankSummary summary) {
        Grid<BankSummary.Row> grid = baseGrid(summary);
        for (Format format : Format.values()) {
            grid.addColumn(r -> r.byFormat().getOrDefault(format, 0)).setHeader(format.label())
                    .setFooter(String.valueOf(summary.count(format))).setTextAlign(ColumnTextAlign.END);
        }
        totalColumn(grid, summary);
        return grid;
    }

    private static Grid<BankSummary.Row> baseGrid(BankSummary summary) {
        Grid<BankSummary.Row> grid = new Grid<>();
        grid.addColumn(BankSummary.Row::title).setHeader("Document").setFooter("All documents")
                .setFlexGrow(4).setAutoWidth(false);
        grid.setItems(summary.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static void totalColumn(Grid<BankSummary.Row> grid, BankSummary summary) {
        grid.addColumn(BankSummary.Row::total).setHeader("Total").setFooter(String.valueOf(summary.total()))
                .setTextAlign(ColumnTextAlign.END);
    }
}
