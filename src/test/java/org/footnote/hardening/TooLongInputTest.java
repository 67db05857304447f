package org.footnote.hardening;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.footnote.account.UserRepository;
import org.footnote.bank.Authoring;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionEditService;
import org.footnote.bank.QuestionRepository;
import org.footnote.bank.QuestionStatus;
import org.footnote.bank.ui.GiftImportView;
import org.footnote.bank.ui.QuestionEditorView;
import org.footnote.classes.ClassService;
import org.footnote.classes.ui.ClassesView;
import org.footnote.classes.ui.JoinClassView;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.ui.QuizEditorView;
import org.footnote.quiz.assigned.ui.QuizzesView;
import org.footnote.quiz.ui.QuizView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.footnote.bank.Question;

/**
 * Every text field of every form, filled with far more than it may hold, one field at a time
 * (the rest valid): the user is told beside that field, and nothing is saved. The browser's own
 * length limits are not in play here, as they are not for anyone who posts past them.
 */
class TooLongInputTest extends KaribuTest {

    /** Longer than any column behind any field. */
    static final String TOO_LONG = "Far too long. ".repeat(3_000);

    @Autowired
    UserRepository users;
    @Autowired
    QuestionEditService edits;
    @Autowired
    QuestionRepository questions;
    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService quizzes;
    @Autowired
    PracticeService practice;
    @Autowired
    AttemptService attempts;

    @AfterEach
    void keepTheTestBankAsItsFilesMakeIt() {
        Authoring.retireAppQuestions(questions);
    }

    @Test
    void registration() {
        String username = "long-" + UUID.randomUUID().toString().substring(0, 8);
        eachFieldTooLong(() -> {
            UI.getCurrent().navigate("register");
            fill("Your name", "Amina Rahimova");
            fill("Username or e-mail", username);
            fill("Password", "the peace accord of 1997");
            fill("Repeat the password", "the peace accord of 1997");
            return form();
        }, () -> _click(_get(Button.class, s -> s.withText("Create account"))),
                () -> users.findByUsername(username).isPresent() ? "registered" : "not registered");
    }

    @Test
    void questionEditorOnAnExistingQuestion() {
        login(newInstructor());
        String id = Authoring.freshId("long-edit");
        edits.save(Authoring.accord(id), QuestionStatus.ACTIVE, null);
        eachFieldTooLong(() -> {
            UI.getCurrent().navigate(QuestionEditorView.editLocation(id));
            return form();
        }, () -> _click(_get(Button.class, s -> s.withText("Save"))),
                () -> edits.load(id).orElseThrow().spec().toString() + edits.history(id).size());
    }

    @Test
    void questionEditorOnANewQuestion() {
        login(newInstructor());
        String id = Authoring.freshId("long-new");
        eachFieldTooLong(() -> {
            UI.getCurrent().navigate(QuestionEditorView.NEW, com.vaadin.flow.router.QueryParameters.simple(
                    java.util.Map.of("document", Authoring.DOCUMENT, "quote", Authoring.ACCORD_QUOTE)));
            fill("Id", id);
            fill("Question", "When was the General Agreement on Peace and National Accord signed?");
            fill("Answer", "27 June 1997");
            fill("Distractors (one per line)", "25 May 1995\n24 November 1998\n19 October 1992");
            return form();
        }, () -> _click(_get(Button.class, s -> s.withText("Save"))), () -> questions.existsById(id));
    }

    @Test
    void classesCreateAndAddACoInstructor() {
        login(newInstructor());
        eachFieldTooLong(() -> {
            UI.getCurrent().navigate(ClassesView.class);
            fill("New class", "IR 210");
            return List.of(field("New class"));
        }, () -> _click(_get(Button.class, s -> s.withText("Create class"))), () -> classes.taught().size());

        var taught = classes.create("IR 211");
        eachFieldTooLong(() -> {
            // Afresh: Vaadin keeps a view when the page navigates to itself, and its class detail would stay open.
            UI.getCurrent().navigate("account");
            UI.getCurrent().navigate(ClassesView.class);
            _get(com.vaadin.flow.component.grid.Grid.class).select(taught);
            return List.of(field("Add a co-instructor (username)"));
        }, () -> _click(_get(Button.class, s -> s.withText("Add"))),
                () -> classes.taught().getFirst().instructors().size());
    }

    @Test
    void joiningAClass() {
        login(newStudent());
        eachFieldTooLong(() -> {
            UI.getCurrent().navigate(JoinClassView.class);
            return List.of(field("Class code"));
        }, () -> _click(_get(Button.class, s -> s.withText("Join"))), () -> classes.joinedClassNames());
    }

    @Test
    void quizListAndQuizSettings() {
        login(newInstructor());
        eachFieldTooLong(() -> {
            UI.getCurrent().navigate(QuizzesView.class);
            fill("New quiz", "Week 3");
            return List.of(field("New quiz"));
        }, () -> _click(_get(Button.class, s -> s.withText("Create quiz"))), () -> quizzes.mine().size());

        long quizId = quizzes.create("Week 4");
        eachFieldTooLong(() -> {
            UI.getCurrent().navigate(QuizEditorView.class, new RouteParameters("quizId", String.valueOf(quizId)));
            return List.of(field("Title"), field("Instructions for students"));
        }, () -> _click(_get(Button.class, s -> s.withText("Save settings"))),
                () -> quizzes.draft(quizId).settings().toString());
    }

    @Test
    void aTypedAnswerPastTheBrowsersLimitIsRefusedWithAHintAndNotRecorded() {
        login(newStudent());
        long attempt = practice.start(new PracticeSettings(Set.of(Authoring.DOCUMENT), Set.of(Kind.ACTOR),
                Set.of(Format.SHORT_ANSWER), 5)).attemptId();
        UI.getCurrent().navigate(QuizView.class, new RouteParameters("attemptId", String.valueOf(attempt)));
        _setValue(_get(TextField.class), TOO_LONG);
        _click(_get(Button.class, s -> s.withText("Check answer")));

        assertThat(visibleTexts()).anyMatch(t -> t.contains(AttemptService.MAX_TYPED_ANSWER + " characters"));
        assertThat(attempts.summary(attempt).answered()).isZero();
    }

    @Test
    void aGiftQuestionTooLongForTheBankIsAProblemInThePreview() {
        login(newInstructor());
        UI.getCurrent().navigate(GiftImportView.class);
        String fine = Authoring.freshId("gift-fine");
        String huge = Authoring.freshId("gift-huge");
        String gift = "::" + fine + "::The 201st division stayed in Dushanbe. {TRUE}\n\n"
                + "::" + huge + "::" + "Was it signed? ".repeat(200) + "{TRUE}\n";
        UploadKt._upload(_get(Upload.class), "week " + "3 ".repeat(300) + ".gift", "text/plain",
                gift.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();

        assertThat(visibleTexts(ListItem.class)).contains("Line 3: Question is too long: at most 2,000 characters (2,999 now)");
        _click(_get(Button.class, s -> s.withText("Import only the 1 valid question")));
        assertThat(questions.existsById(fine)).isTrue();
        assertThat(questions.existsById(huge)).isFalse();
        assertThat(edits.history(fine)).singleElement().satisfies(r -> assertThat(r.note().length()).isLessThan(400));
    }

    // --- the pattern every form follows

    /**
     * For each text field the opened form shows: open it afresh, put {@link #TOO_LONG} in that
     * field alone, submit, and expect the field marked with a message and the saved state as before.
     */
    private static void eachFieldTooLong(Supplier<List<Component>> open, Runnable submit, Supplier<Object> saved) {
        int count = open.get().size();
        assertThat(count).as("text fields in the form").isPositive();
        Object before = saved.get();
        for (int i = 0; i < count; i++) {
            Component field = open.get().get(i);
            String label = label(field);
            @SuppressWarnings("unchecked")
            var value = (HasValue<?, String>) field;
            _setValue(value, TOO_LONG);
            submit.run();
            assertThat(((HasValidation) field).isInvalid()).as("'%s' is marked", label).isTrue();
            assertThat(((HasValidation) field).getErrorMessage()).as("'%s' says why", label).isNotBlank()
                    .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("value too long");
            assertThat(saved.get()).as("saved state after too long '%s'", label).isEqualTo(before);
        }
    }

    /** The text fields a user can type in, in page order. */
    private static List<Component> form() {
        List<Component> fields = new ArrayList<>();
        Stream.of(TextField.class, TextArea.class, PasswordField.class, EmailField.class)
                .forEach(type -> fields.addAll(_find(type)));
        fields.removeIf(f -> ((HasValue<?, ?>) f).isReadOnly() || !f.isVisible()
                || f instanceof com.vaadin.flow.component.HasEnabled e && !e.isEnabled()
                || label(f).equals("Search"));
        return fields;
    }

    private static Component field(String label) {
        return Stream.of(TextField.class, TextArea.class, PasswordField.class, EmailField.class)
                .flatMap(type -> _find(type, s -> s.withLabel(label)).stream()).map(Component.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no field labelled " + label));
    }

    @SuppressWarnings("unchecked")
    private static void fill(String label, String value) {
        _setValue((HasValue<?, String>) field(label), value);
    }

    private static String label(Component field) {
        return String.valueOf(field.getElement().getProperty("label"));
    }

    private static List<String> visibleTexts() {
        return visibleTexts(Paragraph.class);
    }

    private static List<String> visibleTexts(Class<? extends Component> type) {
        return _find(type).stream().map(c -> c.getElement().getTextRecursively()).toList();
    }
}
