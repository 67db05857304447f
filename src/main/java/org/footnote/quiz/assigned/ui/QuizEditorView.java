package org.footnote.quiz.assigned.ui;

import org.footnote.shared.ui.Download;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.footnote.account.Role;
import org.footnote.bank.BankService;
import org.footnote.bank.QuestionCatalog;
import org.footnote.classes.ClassService;
import org.footnote.quiz.assigned.InvalidQuizException;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.QuizDraft;
import org.footnote.quiz.assigned.QuizNotFoundException;
import org.footnote.quiz.assigned.SlotSpec;
import org.footnote.shared.ui.Announcer;

/** Assembling one quiz: settings, questions by hand and by rule, publishing, and per-student exceptions. */
@Route("quizzes/:quizId([0-9]+)/edit")
@PageTitle("Edit quiz · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class QuizEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final QuizAuthoringService authoring;
    private final ClassService classes;
    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final SettingsForm settings;
    private final SlotsEditor slots;
    private final PublishPanel publish;
    private final OverridesPanel overrides;
    private long quizId;
    private QuizDraft draft;

    public QuizEditorView(QuizAuthoringService authoring, ClassService classes, BankService bank, QuestionCatalog catalog) {
        this.authoring = authoring;
        this.classes = classes;
        addClassName("quiz-editor");
        status.addClassName("editor-status");
        settings = new SettingsForm(s -> act(() -> authoring.saveSettings(quizId, s), "Settings saved.", settingsProblems()));
        var addQuestions = new Button("Add questions from the bank", e -> new QuestionPicker(bank, catalog.documents(),
                handPicked(), ids -> addSlots(ids.stream().map(SlotSpec::question).toList())).open());
        var addRule = new Button("Add a rule", e -> new RuleDialog(catalog.documents(),
                rule -> authoring.available(rule, handPicked()), rule -> addSlots(List.of(SlotSpec.rule(rule)))).open());
        slots = new SlotsEditor(specs -> act(() -> authoring.setSlots(quizId, specs), "Questions saved.", null),
                addQuestions, addRule);
        publish = new PublishPanel(ids -> act(() -> authoring.publish(quizId, ids), publishedMessage(ids), null));
        overrides = new OverridesPanel((student, terms) -> act(() -> authoring.saveOverride(quizId, student, terms),
                "Exception saved.", overridesProblems()), student -> act(() -> authoring.removeOverride(quizId, student),
                "Exception removed.", null));
        status.getElement().setAttribute("role", "status");
        // Content and name are read when clicked: the same view goes on to show a duplicate under its own id.
        var gift = Download.link(() -> authoring.exportGift(quizId).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                () -> "quiz-" + quizId + ".gift.txt", "text/plain;charset=utf-8", "Export this quiz as GIFT (Moodle)");
        gift.addClassName("quiz-export");
        var duplicate = new Button("Duplicate quiz", e -> duplicateDialog().open());
        duplicate.setId("quiz-duplicate");
        add(new Anchor("quizzes", "All quizzes"), heading, status, settings, slots, new Div(gift, duplicate), publish, overrides);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        quizId = event.getRouteParameters().getLong("quizId").orElse(-1L);
        try {
            reload();
            settings.show(draft.settings());
        } catch (QuizNotFoundException e) {
            event.forwardTo(QuizzesView.class);
        }
    }

    private void reload() {
        draft = authoring.draft(quizId);
        heading.setText(draft.settings().title());
        slots.show(draft);
        publish.show(classes.taught(), draft.classIds());
        overrides.show(draft, authoring.students(quizId));
    }

    private DuplicateDialog duplicateDialog() {
        String title = draft.settings().title();
        return new DuplicateDialog(title, draft.classIds().isEmpty() ? null : publish.names(draft.classIds()), (copyTitle, same) -> {
            try {
                long copy = authoring.duplicate(quizId, copyTitle, same);
                String done = "Copied from \u201c" + title + "\u201d" + (same ? " and published to " + publish.names(draft.classIds()) : "") + ".";
                // The same view shows the copy (Vaadin keeps the instance for the same route), so the message stays.
                getUI().ifPresent(ui -> ui.navigate(QuizEditorView.class, new RouteParameters("quizId", String.valueOf(copy))));
                say(done);
                return java.util.Optional.empty();
            } catch (InvalidQuizException e) {
                return java.util.Optional.of(e.getMessage());
            }
        });
    }

    private void addSlots(List<SlotSpec> added) {
        if (added.isEmpty()) {
            return;
        }
        List<SlotSpec> specs = new ArrayList<>(slots.specs());
        specs.addAll(added);
        act(() -> authoring.setSlots(quizId, specs), added.size() == 1 && added.getFirst().rule() != null ? "Rule added."
                : added.size() + (added.size() == 1 ? " question added." : " questions added."), null);
    }

    /** Runs a change; on success reloads and says so, otherwise shows the problems and changes nothing. */
    private void act(Runnable change, String done, java.util.function.Consumer<InvalidQuizException> onProblems) {
        try {
            change.run();
            reload();
            say(done);
        } catch (InvalidQuizException e) {
            if (onProblems != null) {
                onProblems.accept(e);
            }
            say(e.getMessage());
        }
    }

    private java.util.function.Consumer<InvalidQuizException> settingsProblems() {
        return e -> settings.showProblems(e.problems());
    }

    private java.util.function.Consumer<InvalidQuizException> overridesProblems() {
        return e -> overrides.showProblems(e.problems());
    }

    private String publishedMessage(Set<Long> ids) {
        return ids.isEmpty() ? "The quiz is not published to any class." : "Published to " + publish.names(ids) + ".";
    }

    private Set<String> handPicked() {
        Set<String> ids = new HashSet<>();
        slots.specs().stream().map(SlotSpec::questionId).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids;
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }
}
