package org.footnote.bank.ui;

import org.footnote.shared.ui.Download;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.footnote.bank.BankFilter;
import org.footnote.bank.BankService;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.QuestionRow;
import org.footnote.bank.QuestionStats;
import org.footnote.bank.ui.components.BankFilterBar;
import org.footnote.bank.ui.components.QuestionPreview;
import org.footnote.bank.Format;
import org.footnote.bank.Question;

/**
 * Every question of the bank in a lazily loaded grid (filtered and paged in the database), with
 * filters, search, and a preview of each question as a student meets it, source card included.
 */
class QuestionBrowser extends VerticalLayout {

    private final BankService bank;
    private final QuestionCatalog catalog;
    private final BankFilterBar filters;
    private final Grid<QuestionRow> grid = new Grid<>();
    private final Span count = new Span();
    /** The filter in force, read by the download (which runs outside the UI's lock). */
    private volatile BankFilter current = BankFilter.any();

    QuestionBrowser(BankService bank, QuestionCatalog catalog) {
        this.bank = bank;
        this.catalog = catalog;
        setPadding(false);
        addClassName("question-browser");
        filters = new BankFilterBar(catalog.documents(), null, this::refresh);

        grid.addColumn(QuestionRow::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(QuestionRow::prompt).setHeader("Question").setFlexGrow(4);
        grid.addColumn(r -> r.kind() == null ? "Not set" : r.kind().plural()).setHeader("Kind").setKey("kind").setAutoWidth(true);
        grid.addColumn(r -> r.format().label()).setHeader("Format").setAutoWidth(true);
        grid.addColumn(QuestionRow::difficulty).setHeader("Difficulty").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var preview = new Button("Preview", e -> preview(r.id()));
            preview.addThemeVariants(ButtonVariant.TERTIARY);
            preview.setAriaLabel("Preview " + r.id());
            var edit = new Anchor(QuestionEditorView.editLocation(r.id()), "Edit");
            edit.getElement().setAttribute("aria-label", "Edit " + r.id());
            edit.addClassName("bank-edit-link");
            var actions = new Div(preview, edit);
            actions.addClassName("grid-actions");
            return actions;
        }).setHeader("Actions").setKey("actions").setAutoWidth(true);
        grid.addColumn(r -> r.status().label() + (r.documentId() == null ? ", no passage yet" : "")).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.setHeight("32rem");
        count.setId("bank-count");
        count.getElement().setAttribute("role", "status");
        var export = Download.text(() -> bank.exportGift(current), "footnote-questions.gift.txt", "text/plain",
                "Export these questions as GIFT (Moodle)");
        export.addClassName("bank-export");
        var xml = Download.text(() -> bank.exportMoodleXml(current), "footnote-questions.moodle.xml", "application/xml",
                "as Moodle XML");
        xml.addClassName("bank-export-xml");
        var yaml = Download.link(bank::exportYamlZip, "footnote-question-bank.zip", "application/zip",
                "Download the bank as YAML files");
        yaml.addClassName("bank-export-yaml");
        add(new H2("Questions"), filters, new Div(count, new Span(" \u00b7 "), export, new Span(" or "), xml, new Span(" \u00b7 "), yaml), grid);
        refresh();
    }

    private void refresh() {
        BankFilter filter = filter();
        current = filter;
        long n = bank.count(filter);
        grid.setItems(query -> bank.rows(filter, query.getOffset(), query.getLimit()).stream(), query -> (int) n);
        count.setText(n + (n == 1 ? " question" : " questions"));
    }

    BankFilter filter() {
        return filters.filter();
    }

    private void preview(String questionId) {
        QuestionDetails q = catalog.details(questionId).orElseThrow();
        var dialog = new Dialog();
        dialog.setHeaderTitle("Preview: " + q.id());
        var body = new QuestionPreview(q, new H2(q.prompt()));
        QuestionStats stats = bank.stats(q.id());
        var statsText = new Paragraph(stats.answers() == 0 ? "Not answered in a quiz yet."
                : "Answered " + stats.answers() + " times, " + stats.percentRight() + "% right."
                + (stats.commonWrong().isEmpty() ? "" : " Commonest wrong answers: " + stats.commonWrong().stream()
                        .map(w -> "\u201c" + w.answer() + "\u201d (" + w.times() + ")")
                        .collect(java.util.stream.Collectors.joining(", ")) + "."));
        statsText.addClassName("question-stats");
        body.add(statsText);
        dialog.add(body);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("44rem");
        dialog.open();
    }
}
