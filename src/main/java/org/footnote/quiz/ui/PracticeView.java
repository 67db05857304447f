package org.footnote.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionCatalog;
import org.footnote.quiz.OpenQuiz;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.quiz.StartedQuiz;
import org.footnote.shared.ui.Announcer;

/** Setting up a practice quiz: documents, kinds, formats and length; or resuming the open one. */
@Route("practice")
@PageTitle("Practice · Footnote")
@PermitAll
public class PracticeView extends VerticalLayout {

    private final PracticeService practice;
    private final QuestionCatalog catalog;
    private final CheckboxGroup<DocumentInfo> documents = new CheckboxGroup<>("Documents");
    private final CheckboxGroup<Kind> kinds = new CheckboxGroup<>("Kinds of question");
    private final CheckboxGroup<Format> formats = new CheckboxGroup<>("Formats");
    private final IntegerField length = new IntegerField("Number of questions");
    private final Paragraph available = new Paragraph();

    public PracticeView(PracticeService practice, QuestionCatalog catalog) {
        this.practice = practice;
        this.catalog = catalog;
        addClassName("practice-view");
        var join = new com.vaadin.flow.component.html.Anchor("classes/join", "Join a class");
        join.addClassName("practice-join");
        add(new Div(new H1("Practice"), join));
        practice.openQuiz().ifPresent(this::offerResume);

        List<DocumentInfo> all = catalog.documents();
        documents.setItems(all);
        documents.setItemLabelGenerator(d -> d.shortName() + ": " + d.title());
        documents.setValue(new LinkedHashSet<>(all));
        kinds.setItems(Kind.values());
        kinds.setItemLabelGenerator(Kind::plural);
        kinds.setValue(Set.of(Kind.values()));
        formats.setItems(Format.values());
        formats.setItemLabelGenerator(Format::label);
        formats.setValue(Set.of(Format.values()));
        length.setMin(PracticeSettings.MIN_LENGTH);
        length.setMax(PracticeSettings.MAX_LENGTH);
        length.setStepButtonsVisible(true);
        length.setValue(10);
        length.setId("practice-length");
        length.setHelperText("Between " + PracticeSettings.MIN_LENGTH + " and " + PracticeSettings.MAX_LENGTH + ".");
        available.addClassName("practice-available");
        available.getElement().setAttribute("aria-live", "polite");
        documents.addValueChangeListener(e -> updateAvailable());
        kinds.addValueChangeListener(e -> updateAvailable());
        formats.addValueChangeListener(e -> updateAvailable());

        var start = new Button("Start quiz", e -> start());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("practice-start");
        var form = new Div(documents, kinds, formats, length, available, start);
        form.addClassName("practice-form");
        add(form);
        updateAvailable();
    }

    private void offerResume(OpenQuiz open) {
        var text = new Paragraph("You have a quiz in progress: " + open.answered() + " of " + open.total() + " answered.");
        var resume = new Button("Resume it", e -> openQuiz(open.attemptId()));
        resume.addThemeVariants(ButtonVariant.PRIMARY);
        var discard = new Button("Close it");
        var box = new Div(text, resume, discard);
        box.addClassName("practice-resume");
        discard.addClickListener(e -> {
            practice.close(open.attemptId());
            remove(box);
            Announcer.announce("The quiz in progress was closed; its answers are kept.");
        });
        add(box);
    }

    private void updateAvailable() {
        boolean nothingChosen = documents.getValue().isEmpty() || kinds.getValue().isEmpty() || formats.getValue().isEmpty();
        int count = nothingChosen ? 0 : catalog.active(documentIds(), kinds.getValue(), formats.getValue()).size();
        available.setText(count + (count == 1 ? " question matches" : " questions match") + " your choices.");
    }

    private void start() {
        String problem = problem();
        if (problem != null) {
            available.setText(problem);
            Announcer.announce(problem);
            return;
        }
        try {
            StartedQuiz quiz = practice.start(new PracticeSettings(documentIds(), kinds.getValue(), formats.getValue(),
                    length.getValue()));
            if (quiz.drawn() < quiz.requested()) {
                Announcer.announce("Only " + quiz.drawn() + " questions match; the quiz has " + quiz.drawn() + ".");
            }
            openQuiz(quiz.attemptId());
        } catch (IllegalArgumentException refused) {
            available.setText(refused.getMessage());
            Announcer.announce(refused.getMessage());
        }
    }

    /** What stops the quiz from starting, in words; null when nothing does. */
    private String problem() {
        if (documents.getValue().isEmpty() || kinds.getValue().isEmpty() || formats.getValue().isEmpty()) {
            return "Choose at least one document, one kind and one format.";
        }
        Integer n = length.getValue();
        if (n == null || length.isInvalid() || n < PracticeSettings.MIN_LENGTH || n > PracticeSettings.MAX_LENGTH) {
            length.setInvalid(true);
            length.setErrorMessage("Choose between " + PracticeSettings.MIN_LENGTH + " and " + PracticeSettings.MAX_LENGTH + ".");
            return "The number of questions must be between " + PracticeSettings.MIN_LENGTH + " and "
                    + PracticeSettings.MAX_LENGTH + ".";
        }
        length.setInvalid(false);
        return null;
    }

    private Set<String> documentIds() {
        return documents.getValue().stream().map(DocumentInfo::id).collect(Collectors.toSet());
    }

    private void openQuiz(long attemptId) {
        getUI().ifPresent(ui -> ui.navigate(QuizView.class, new RouteParameters("attemptId", String.valueOf(attemptId))));
    }
}
