package org.footnote.bank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.footnote.bank.ui.DocumentView;
import org.footnote.bank.ui.DocumentsView;
import org.footnote.support.KaribuTest;
import org.footnote.shared.ui.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentViewTest extends KaribuTest {

    @BeforeEach
    void signIn() {
        login(newStudent());
    }

    @Test
    void theDocumentListLinksEachDocument() {
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("documents/test-olimov");
    }

    @Test
    void aDocumentShowsItsMetadataAndMarksQuotedPassages() {
        UI.getCurrent().navigate("documents/test-olimov");
        _get(DocumentView.class);
        assertThat(_get(H1.class).getText()).startsWith("The policy of Russia in Central Asia");
        assertThat(_get(Paragraph.class, s -> s.withClasses("document-meta")).getText())
                .isEqualTo("Mouzaffar Olimov \u00b7 SIPRI \u00b7 1999");
        assertThat(_find(Paragraph.class, s -> s.withClasses("has-questions"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(_find(Mark.class)).isEmpty();
    }

    @Test
    void aDeepLinkHighlightsTheQuestionsPassage() {
        UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("q=test-border-share"));
        Mark mark = _get(Mark.class);
        assertThat(mark.getText()).isEqualTo(
                "Citizens of Tajikistan serving in the Russian border forces account for 12 000 out of a total of 16 000.");
        Paragraph target = _get(Paragraph.class, s -> s.withClasses("is-target"));
        assertThat(target.getId()).hasValueSatisfying(id -> assertThat(id).startsWith("p-"));
    }

    @Test
    void anOrderingItemsLinkHighlightsThatItemsPassage() {
        UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("q=test-order&item=1"));
        assertThat(_get(Mark.class).getText())
                .isEqualTo("the appointment of Yevgeny Primakov as Minister of Foreign Affairs in January 1996");
    }

    @Test
    void aFootnoteMarkerLinksToItsNoteAndTheNoteLinksBack() {
        UI.getCurrent().navigate("documents/test-olimov");

        Anchor marker = _get(Anchor.class, s -> s.withClasses("footnote-ref"));
        assertThat(marker.getText()).isEqualTo("[1]");
        assertThat(marker.getId()).hasValue("ref-1");
        assertThat(marker.getHref()).isEqualTo("documents/test-olimov#note-1");
        assertThat(marker.getElement().getAttribute("data-footnote")).isEqualTo("note-1");
        assertThat(marker.getParent().orElseThrow().getElement().getTextRecursively())
                .endsWith("in the presence of President Yeltsin.[1]");

        var note = _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("note-1"));
        assertThat(note.getText()).isEqualTo("1.");
        assertThat(note.getElement().getAttribute("tabindex")).isEqualTo("-1");
        Anchor back = _get(Anchor.class, s -> s.withClasses("footnote-back"));
        assertThat(back.getText()).isEqualTo("Back to the text");
        assertThat(back.getElement().getAttribute("aria-label")).startsWith("Back to the text");
        assertThat(back.getElement().getAttribute("data-footnote")).isEqualTo("ref-1");
        assertThat(back.getParent().orElseThrow().getElement().getTextRecursively())
                .startsWith("1. For the text, see Diplomaticheskii Vestnik");
    }

    @Test
    void aMarkerRightAfterTheHighlightedPassageIsStillALink() {
        UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("q=test-accord-date"));
        assertThat(_get(Mark.class).getElement().getTextRecursively()).doesNotContain("[1]");
        assertThat(_find(Anchor.class, s -> s.withClasses("footnote-ref"))).hasSize(1);
    }

    @Test
    void backToTheQuestionIsOfferedOnlyForALocalRoute() {
        UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("q=test-border-share&back=practice%2F12"));
        assertThat(_find(Anchor.class, s -> s.withText("Back to the question"))).as("at the top and at the passage")
                .hasSize(2).extracting(Anchor::getHref).containsOnly("practice/12");

        for (String elsewhere : java.util.List.of("https%3A%2F%2Fevil.example", "%2F%2Fevil.example", "practice%2F..%2F..%2Fx",
                "no-such-page", "javascript%3Aalert(1)")) {
            UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("back=" + elsewhere));
            assertThat(_find(Anchor.class, s -> s.withText("Back to the question"))).as(elsewhere).isEmpty();
            assertThat(_get(Anchor.class, s -> s.withText("All documents"))).isNotNull();
        }
    }

    @Test
    void anUnknownDocumentOrQuestionIsHandledCalmly() {
        UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("q=no-such-question"));
        assertThat(_find(Mark.class)).isEmpty();
        UI.getCurrent().navigate("documents/no-such-document");
        _get(org.footnote.ui.errors.NotFoundView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Not found");
    }
}
