package org.footnote.bank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.footnote.bank.ui.DocumentView;
import org.footnote.bank.ui.QuestionEditorView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** An instructor starts a question from a passage of a document: selected with the mouse, or picked by keyboard. */
class PassageToQuestionTest extends KaribuTest {

    @Test
    void theSelectedPassageBecomesTheNewQuestionsQuote() {
        login(newInstructor());
        UI.getCurrent().navigate("documents/test-olimov");
        _get(Button.class, s -> s.withText("New question from selection")); // reads window.getSelection() in the browser

        // What the browser answers, handed to the view as its selection callback would.
        var problem = _get(DocumentView.class).newQuestionFromSelection("signed in Moscow on 27 June 1997\n in the presence");

        assertThat(problem).isEmpty();
        _get(QuestionEditorView.class);
        assertThat(_get(TextArea.class, s -> s.withLabel("Quote")).getValue())
                .isEqualTo("signed in Moscow on 27 June 1997 in the presence");
        assertThat(_get(Select.class, s -> s.withLabel("Document")).getValue())
                .extracting(d -> ((DocumentInfo) d).id()).isEqualTo("test-olimov");
    }

    @Test
    void aSelectionAcrossParagraphsOrNoneIsExplainedAndOpensNothing() {
        login(newInstructor());
        UI.getCurrent().navigate("documents/test-olimov");
        DocumentView view = _get(DocumentView.class);

        assertThat(view.newQuestionFromSelection("in January 1996.\n\nIn February\u2013March 1997"))
                .hasValueSatisfying(m -> assertThat(m).contains("one paragraph"));
        assertThat(view.newQuestionFromSelection("   ")).hasValueSatisfying(m -> assertThat(m).startsWith("Select the words"));
        _get(DocumentView.class);
    }

    @Test
    void byKeyboardAParagraphIsPickedAndTrimmedToTheQuote() {
        login(newInstructor());
        UI.getCurrent().navigate("documents/test-olimov");
        @SuppressWarnings("unchecked")
        Select<DocumentPage.Block> paragraph = _get(Select.class, s -> s.withLabel("Quote from paragraph"));
        DocumentPage.Block border = paragraph.getListDataView().getItems()
                .filter(b -> b.text().startsWith("Citizens of Tajikistan")).findFirst().orElseThrow();
        _setValue(paragraph, border);
        TextArea quote = _find(TextArea.class, s -> s.withLabel("Quote")).getFirst();
        assertThat(quote.getValue()).isEqualTo(border.text());
        _setValue(quote, "account for 12 000 out of a total of 16 000");
        _click(_get(Button.class, s -> s.withText("New question with this quote")));

        _get(QuestionEditorView.class);
        assertThat(_get(TextArea.class, s -> s.withLabel("Quote")).getValue()).isEqualTo("account for 12 000 out of a total of 16 000");
    }

    @Test
    void studentsReadTheDocumentWithoutTheAuthoringTools() {
        login(newStudent());
        UI.getCurrent().navigate("documents/test-olimov");
        assertThat(_find(Button.class, s -> s.withText("New question from selection"))).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withClasses("document-meta"))).hasSize(1);
    }
}
