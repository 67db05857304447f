package org.footnote.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionCatalog;
import org.footnote.progress.Mistake;
import org.footnote.progress.MistakeFilter;
import org.footnote.progress.MistakeService;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.StartedQuiz;
import org.footnote.shared.ui.Announcer;

/**
 * Every question the learner has missed, newest first, once each: how often and when, their last
 * wrong answer, the right one, and (opening a row) the source card. Filters, search, and the
 * filtered mistakes as a practice quiz.
 */
@Route("mistakes")
@PageTitle("Mistakes · Footnote")
@PermitAll
public class MistakesView extends VerticalLayout {

    static final String STILL_MISSED = "Still missed";
    static final String ALL = "All, fixed ones too";

    private final MistakeService mistakes;
    private final PracticeService practice;
    private final MultiSelectComboBox<DocumentInfo> documents = new MultiSelectComboBox<>("Documents");
    private final MultiSelectComboBox<Kind> kinds = new MultiSelectComboBox<>("Kinds");
    private final RadioButtonGroup<String> which = new RadioButtonGroup<>("Show");
    private final DatePicker from = new DatePicker("Missed from");
    private final DatePicker to = new DatePicker("to");
    private final TextField search = new TextField("Search");
    private final Paragraph count = new Paragraph();
    private final MistakeGrid grid = new MistakeGrid();
    private final Button again = new Button();
    private final Button clear = new Button("Clear filters");
    private final Div empty = emptyState();
    private final Div filters = new Div();
    private List<Mistake> shown = List.of();
    /** While Clear filters resets every field: one refresh at the end, not one per field. */
    private boolean clearing;

    public MistakesView(MistakeService mistakes, PracticeService practice, QuestionCatalog catalog) {
        this.mistakes = mistakes;
        this.practice = practice;
        addClassName("mistakes-view");
        setSizeFull();
        documents.setItems(catalog.documents());
        documents.setItemLabelGenerator(DocumentInfo::shortName);
        kinds.setItems(Kind.values());
        kinds.setItemLabelGenerator(Kind::plural);
        // Chosen values wrap onto more lines instead of being cut to "Dye…".
        documents.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        kinds.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        which.setItems(STILL_MISSED, ALL);
        which.setValue(STILL_MISSED);
        search.setPlaceholder("Words in the question or answer");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        documents.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        which.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> clearFilters());
        filters.add(documents, kinds, which, from, to, search, clear);
        filters.addClassName("mistakes-filters");

        count.addClassName("mistakes-count");
        count.getElement().setAttribute("role", "status");
        again.addThemeVariants(ButtonVariant.PRIMARY);
        again.addClickListener(e -> practiseShown());

        grid.setSizeFull();

        var header = new Div(new H1("Mistakes"), count, again);
        header.addClassName("mistakes-header");
        add(header, filters, empty, grid);
        refresh();
    }

    private static Div emptyState() {
        var hint = new Paragraph("Questions you miss in a quiz, or forget on a flashcard, will be listed here with "
                + "their source, so you can practise them again.");
        var start = new Anchor("practice", "Start a practice quiz");
        var box = new Div(new H2("No mistakes yet"), hint, start);
        box.addClassName("mistakes-empty");
        return box;
    }

    private void clearFilters() {
        clearing = true;
        documents.clear();
        kinds.clear();
        which.setValue(STILL_MISSED);
        from.clear();
        to.clear();
        search.clear();
        clearing = false;
        refresh();
        search.focus();
    }

    private boolean filtered() {
        return !documents.isEmpty() || !kinds.isEmpty() || !STILL_MISSED.equals(which.getValue()) || from.getValue() != null
                || to.getValue() != null || !search.getValue().isBlank();
    }

    private void refresh() {
        if (clearing) {
            return;
        }
        var filter = new MistakeFilter(documents.getValue().stream().map(DocumentInfo::id).collect(Collectors.toSet()),
                Set.copyOf(kinds.getValue()), STILL_MISSED.equals(which.getValue()), from.getValue(), to.getValue(),
                search.getValue());
        shown = mistakes.mistakes(filter);
        grid.setItems(shown);
        boolean none = shown.isEmpty() && mistakes.mistakes(MistakeFilter.all()).isEmpty();
        // Nothing ever missed: what to do instead of filters and an empty grid.
        empty.setVisible(none);
        grid.setVisible(!none);
        filters.setVisible(!none);
        again.setVisible(!none);
        clear.setEnabled(filtered());
        count.setText(none ? "" : !shown.isEmpty() ? shown.size() + (shown.size() == 1 ? " question" : " questions")
                + (filter.stillMissedOnly() ? " still missed." : " missed.")
                : filtered() ? "No mistakes match." : "None still missed: every mistake is fixed.");
        again.setText("Practise " + (shown.size() > 50 ? "the newest 50" : "these") + " again");
        again.setEnabled(!shown.isEmpty());
    }

    private void practiseShown() {
        try {
            StartedQuiz quiz = practice.practise(shown.stream().map(m -> m.question().id()).toList());
            getUI().ifPresent(ui -> ui.navigate(quiz.location()));
        } catch (IllegalArgumentException e) {
            count.setText(e.getMessage());
            Announcer.announce(e.getMessage());
        }
    }
}
