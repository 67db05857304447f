package org.footnote.bank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.footnote.bank.ui.DocumentView;
import org.footnote.bank.ui.DocumentsView;
import org.footnote.support.KaribuTest;
import org.footnote.ui.Mark;
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
        assertThat(_get(H2.class).getText()).startsWith("The policy of Russia in Central Asia");
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
    void anUnknownDocumentOrQuestionIsHandledCalmly() {
        UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("q=no-such-question"));
        assertThat(_find(Mark.class)).isEmpty();
        UI.getCurrent().navigate("documents/no-such-document");
        _get(org.footnote.ui.errors.NotFoundView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Not found");
    }
}
