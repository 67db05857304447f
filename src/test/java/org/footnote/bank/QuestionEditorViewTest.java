package org.footnote.bank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.footnote.account.AppUser;
import org.footnote.bank.ui.QuestionEditorView;
import org.footnote.ui.errors.AccessDeniedView;
import org.footnote.support.KaribuTest;
import org.footnote.shared.ui.Announcer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The question editor, as an instructor uses it. */
class QuestionEditorViewTest extends KaribuTest {

    @Autowired
    QuestionEditService edits;
    @Autowired
    QuestionRepository questions;

    @AfterEach
    void keepTheTestBankAsItsFilesMakeIt() {
        Authoring.retireAppQuestions(questions);
    }

    private String existingQuestion() {
        String id = Authoring.freshId("test-editor");
        edits.save(Authoring.accord(id), QuestionStatus.ACTIVE, null);
        return id;
    }

    @Test
    void eachBreachAppearsBesideItsFieldAndNothingIsSaved() {
        login(newInstructor());
        String id = existingQuestion();
        UI.getCurrent().navigate(QuestionEditorView.editLocation(id));

        _setValue(_get(TextArea.class, s -> s.withLabel("Question")), "  ");
        _setValue(_get(TextArea.class, s -> s.withLabel("Distractors (one per line)")), "27 June 1997\n1995\n1996");
        _setValue(_get(TextArea.class, s -> s.withLabel("Quote")), "Words the document does not have.");
        _click(_get(Button.class, s -> s.withText("Save")));

        TextArea prompt = _get(TextArea.class, s -> s.withLabel("Question"));
        assertThat(prompt.isInvalid()).isTrue();
        assertThat(prompt.getErrorMessage()).isEqualTo("The question needs its text");
        assertThat(_get(TextArea.class, s -> s.withLabel("Distractors (one per line)")).getErrorMessage())
                .contains("repeats the answer");
        assertThat(_get(TextArea.class, s -> s.withLabel("Quote")).getErrorMessage()).contains("word for word");
        assertThat(_get(TextField.class, s -> s.withLabel("Answer")).getErrorMessage()).contains("must appear in the quote");
        assertThat(_get(Select.class, s -> s.withLabel("Kind")).isInvalid()).isFalse();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Not saved: 4 problems, each shown beside its field.");
        assertThat(_get(Announcer.class).getText()).startsWith("Not saved: 4 problems");
        assertThat(Question.hash(edits.load(id).orElseThrow().spec())).isEqualTo(Question.hash(Authoring.accord(id)));
        assertThat(edits.history(id)).hasSize(1);
    }

    @Test
    void anActiveQuestionsKindIsReadOnlyAndSaysWhyWhileADraftsIsChosenByItsLabel() {
        login(newInstructor());
        String id = existingQuestion();
        UI.getCurrent().navigate(QuestionEditorView.editLocation(id));

        @SuppressWarnings("unchecked")
        Select<Kind> kind = _get(Select.class, s -> s.withLabel("Kind"));
        assertThat(kind.isReadOnly()).isTrue();
        assertThat(kind.getHelperText()).startsWith("An active question keeps its kind (Dates)");
        assertThat(kind.getItemLabelGenerator().apply(Kind.DATE)).isEqualTo("Dates");

        UI.getCurrent().navigate(QuestionEditorView.NEW);
        @SuppressWarnings("unchecked")
        Select<Kind> fresh = _get(Select.class, s -> s.withLabel("Kind"));
        assertThat(fresh.isReadOnly()).isFalse();
        assertThat(fresh.getHelperText()).isNullOrEmpty();
        assertThat(java.util.Arrays.stream(Kind.values()).map(fresh.getItemLabelGenerator()))
                .containsExactly("Dates", "Actors", "Causes", "Figures", "Places", "Terms");
    }

    @Test
    void aDraftsKindChangesAndItsHistoryNamesKindsAsTheAppDoes() {
        login(newInstructor());
        String id = Authoring.freshId("test-draft-kind");
        edits.save(Authoring.accord(id), QuestionStatus.DRAFT, null);
        UI.getCurrent().navigate(QuestionEditorView.editLocation(id));

        _setValue(_get(Select.class, s -> s.withLabel("Kind")), Kind.TERM);
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(questions.findById(id).orElseThrow().getKind()).isEqualTo(Kind.TERM);
        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .contains("Kind: Dates \u2192 Terms", "Status: Draft", "Format: Multiple choice");
    }

    @Test
    void aValidSaveIsStoredAndShowsInTheHistory() {
        AppUser teacher = newInstructor();
        login(teacher);
        String id = existingQuestion();
        UI.getCurrent().navigate(QuestionEditorView.editLocation(id));

        _setValue(_get(Select.class, s -> s.withLabel("Difficulty")), 3);
        _setValue(_get(TextField.class, s -> s.withLabel("Tags (separated by commas)")), "peace-process, moscow");
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText()).isEqualTo("Saved.");
        assertThat(questions.findById(id).orElseThrow().getDifficulty()).isEqualTo(3);
        assertThat(_find(Paragraph.class, s -> s.withClasses("revision-head")).getFirst().getText())
                .contains(teacher.getDisplayName()).contains("edited");
        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .contains("Difficulty: 2 \u2192 3", "Tags: peace-process \u2192 peace-process, moscow");
    }

    @Test
    void aSaveOverSomeoneElsesNewerOneIsRefusedSayingWhoAndKeepsWhatWasTyped() {
        login(newInstructor());
        String id = existingQuestion();
        UI.getCurrent().navigate(QuestionEditorView.editLocation(id));
        _setValue(_get(Select.class, s -> s.withLabel("Difficulty")), 1);

        AppUser colleague = newInstructor();
        login(colleague);
        var theirs = edits.load(id).orElseThrow();
        edits.save(Authoring.withPrompt(theirs.spec(), "On what day was the accord signed?"), QuestionStatus.ACTIVE,
                theirs.version());
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t ->
                t.contains("changed by " + colleague.getDisplayName()) && t.contains("your changes are still in the form"));
        assertThat(_get(Select.class, s -> s.withLabel("Difficulty")).getValue()).isEqualTo(1);
        assertThat(questions.findById(id).orElseThrow()).satisfies(q -> {
            assertThat(q.getPrompt()).isEqualTo("On what day was the accord signed?");
            assertThat(q.getDifficulty()).isEqualTo(2);
        });

        _click(_get(Button.class, s -> s.withText("Save mine over theirs")));
        assertThat(questions.findById(id).orElseThrow().getDifficulty()).isEqualTo(1);
    }

    @Test
    void aNewQuestionStartsFromTheSelectedPassageAndIsSavedAsADraftWhatEverItLacks() {
        login(newInstructor());
        UI.getCurrent().navigate(QuestionEditorView.NEW, QueryParameters.simple(Map.of("document", Authoring.DOCUMENT,
                "quote", "signed in Moscow on 27 June 1997")));
        assertThat(_get(Select.class, s -> s.withLabel("Document")).getValue()).isNotNull();
        assertThat(_get(TextArea.class, s -> s.withLabel("Quote")).getValue()).isEqualTo("signed in Moscow on 27 June 1997");
        assertThat(_get(Select.class, s -> s.withLabel("Status")).getValue()).isEqualTo(QuestionStatus.DRAFT);

        String id = Authoring.freshId("test-from-passage");
        _setValue(_get(TextField.class, s -> s.withLabel("Id")), id);
        _setValue(_get(TextArea.class, s -> s.withLabel("Question")), "Where was the General Agreement signed?");
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText()).isEqualTo("Saved the new question " + id + ".");
        assertThat(questions.findById(id)).get().extracting(Question::getStatus).isEqualTo(QuestionStatus.DRAFT);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(t -> t.startsWith("Kind: choose what the question asks about"))
                .anyMatch(t -> t.startsWith("Answer: a multiple-choice question needs an answer"));
        assertThat(_get(TextField.class, s -> s.withLabel("Id")).isReadOnly()).isTrue();
    }

    @Test
    void orderingItemsAreEditedAndMovedEachWithItsOwnQuote() {
        login(newInstructor());
        UI.getCurrent().navigate(QuestionEditorView.NEW, QueryParameters.simple(Map.of("document", Authoring.DOCUMENT)));
        String id = Authoring.freshId("test-order");
        _setValue(_get(TextField.class, s -> s.withLabel("Id")), id);
        _setValue(_get(Select.class, s -> s.withLabel("Format")), Format.ORDERING);
        _setValue(_get(Select.class, s -> s.withLabel("Kind")), Kind.DATE);
        _setValue(_get(TextArea.class, s -> s.withLabel("Question")), "Put these in order.");
        _setValue(_get(TextArea.class, s -> s.withLabel("Quote")), Authoring.ACCORD_QUOTE);
        String[][] items = {
                {"General Agreement signed", "signed in Moscow on 27 June 1997"},
                {"Border guard group formed", "On 19 October 1992 a border guard group"},
                {"Primakov appointed", "Primakov as Minister of Foreign Affairs in January 1996"}};
        for (int i = 0; i < 3; i++) {
            int n = i + 1;
            _setValue(_get(TextField.class, s -> s.withLabel("Item " + n)), items[i][0]);
            _setValue(_get(TextArea.class, s -> s.withLabel("Quote for item " + n)), items[i][1]);
        }
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Move item 1 down")));
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Move item 2 down")));
        _setValue(_get(Select.class, s -> s.withLabel("Status")), QuestionStatus.ACTIVE);
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(questions.findById(id).orElseThrow().getItems()).extracting(QuestionSpec.OrderingItem::text)
                .containsExactly("Border guard group formed", "Primakov appointed", "General Agreement signed");
        assertThat(questions.findById(id).orElseThrow().getStatus()).isEqualTo(QuestionStatus.ACTIVE);
    }

    @Test
    void theBankGridLinksEveryQuestionToItsEditor() {
        login(newInstructor());
        UI.getCurrent().navigate(org.footnote.bank.ui.BankView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<QuestionRow>) _find(com.vaadin.flow.component.grid.Grid.class).get(2);
        var edit = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions"), Anchor.class, spec -> spec.withText("Edit"));
        assertThat(edit.getHref()).isEqualTo("bank/questions/test-accord-date/edit");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Write a new question");
    }

    @Test
    void aStudentIsDeniedTheEditor() {
        login(newStudent());
        UI.getCurrent().navigate(QuestionEditorView.editLocation("test-accord-date"));
        _get(AccessDeniedView.class);
        UI.getCurrent().navigate(QuestionEditorView.NEW);
        _get(AccessDeniedView.class);
    }
}
