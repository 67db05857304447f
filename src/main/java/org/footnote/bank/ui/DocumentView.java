package org.footnote.bank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.footnote.bank.DocumentPage;
import org.footnote.bank.DocumentReader;
import org.footnote.bank.Highlight;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.files.TextMatch;
import org.footnote.account.CurrentUser;
import org.footnote.shared.ui.Mark;
import org.footnote.shared.ui.ReturnLink;
import org.footnote.bank.ui.components.SourceCard;

/**
 * A cleaned document, readable, with its metadata. Passages that questions quote are marked; a
 * link with {@code ?q=<question>} (optionally {@code &item=<n>}) opens it scrolled to that
 * question's passage, highlighted. Each paragraph has an anchor ({@code #p-12}) for sharing.
 */
@Route("documents/:documentId")
@PermitAll
public class DocumentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentReader reader;
    private final QuestionCatalog catalog;
    private final boolean instructor;
    private String title = "Document";
    private DocumentPage page;
    private Footnotes footnotes;
    /** Where "Back to the question" goes (a quiz that opened "Read in context"), or null. */
    private String backTo;

    public DocumentView(DocumentReader reader, QuestionCatalog catalog, CurrentUser currentUser) {
        this.reader = reader;
        this.catalog = catalog;
        this.instructor = currentUser.isInstructor();
        addClassName("document-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String documentId = event.getRouteParameters().get("documentId").orElse("");
        DocumentPage page = reader.page(documentId).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class, "No document '" + documentId + "'");
            return;
        }
        var params = event.getLocation().getQueryParameters();
        backTo = params.getSingleParameter(ReturnLink.PARAMETER).flatMap(ReturnLink::localRoute).orElse(null);
        Optional<String> passage = params.getSingleParameter("q").flatMap(catalog::details)
                .filter(q -> q.status() != org.footnote.bank.QuestionStatus.DRAFT && q.source() != null)
                .map(q -> quoteOf(q, params.getSingleParameter("item").orElse(null)));
        render(page, passage.orElse(null));
    }

    @Override
    public String getPageTitle() {
        return title + " · Footnote";
    }

    private void render(DocumentPage page, String passage) {
        removeAll();
        this.page = page;
        title = page.info().title();
        var back = new Anchor("documents", "All documents");
        back.addClassName("document-back");
        var heading = new H1(page.info().title());
        var meta = new Paragraph(SourceCard.byline(page.info().author(), page.info().publisher(), page.info().published()));
        meta.addClassName("document-meta");
        if (backTo != null) {
            var toQuestion = new Anchor(backTo, "Back to the question");
            toQuestion.addClassName("document-back-to-question");
            add(new Div(toQuestion, new Span(" \u00b7 "), back));
        } else {
            add(back);
        }
        add(heading, meta);
        if (page.info().notes() != null) {
            var notes = new Paragraph("About this copy: " + page.info().notes());
            notes.addClassName("document-notes");
            add(notes);
        }
        var legend = new Paragraph("Passages that questions quote are marked in the margin.");
        legend.addClassName("document-legend");
        add(legend);
        Integer target = passage == null ? null : page.blockQuoting(passage).map(DocumentPage.Block::index).orElse(null);
        footnotes = new Footnotes(page.info().id(), page.blocks());
        var body = new Div();
        body.addClassName("document-body");
        Footnotes.followLinksWithin(body);
        for (DocumentPage.Block block : page.blocks()) {
            Component c = block(block, target != null && target == block.index() ? passage : null);
            body.add(c);
            if (target != null && target == block.index() && backTo != null) {
                // Also where the reader is, at the passage, not only at the top of a long page.
                var inline = new Paragraph(new Anchor(backTo, "Back to the question"));
                inline.addClassName("document-back-inline");
                body.add(inline);
            }
            if (target != null && target == block.index()) {
                // After the layout has rendered the page, or the scroll is lost.
                c.getElement().executeJs("setTimeout(() => this.scrollIntoView({block: 'center'}), 150)");
            }
        }
        if (instructor) {
            add(new PassageToQuestion(body, page.blocks(), this::newQuestionFromSelection));
        }
        add(body);
    }

    /**
     * Starts a new question quoting {@code selected} (a passage selected in the text, or picked by
     * paragraph): it must be words of one paragraph, which is what the bank's rules ask of quotes.
     *
     * @return why not, when it is not; the editor opens when it is
     */
    public Optional<String> newQuestionFromSelection(String selected) {
        String quote = selected == null ? "" : selected.strip().replaceAll("\\s+", " ");
        if (quote.isEmpty()) {
            return Optional.of("Select the words to quote in the text first, or pick a paragraph below.");
        }
        if (page.blocks().stream().noneMatch(b -> TextMatch.contains(b.text(), quote))) {
            return Optional.of("A quote must be words of one paragraph: select within a single paragraph.");
        }
        getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.NEW, QueryParameters.simple(
                java.util.Map.of("document", page.info().id(), "quote", quote))));
        return Optional.empty();
    }

    private Component block(DocumentPage.Block block, String passage) {
        Component c = switch (block.type()) {
            case HEADING -> new H2(block.text());
            case LIST_ITEM, PARAGRAPH -> fill(new Paragraph(), block.text(), passage);
            case NOTE -> footnotes.note(block, (p, text) -> fill(p, text, passage));
        };
        c.getElement().setAttribute("id", "p-" + block.index());
        if (block.type() == DocumentPage.Block.Type.NOTE) {
            c.getElement().getClassList().add("document-note");
        }
        if (block.questionCount() > 0) {
            c.getElement().getClassList().add("has-questions");
            c.getElement().setAttribute("title", block.questionCount() + (block.questionCount() == 1
                    ? " question quotes this passage" : " questions quote this passage"));
        }
        if (passage != null) {
            c.getElement().getClassList().add("is-target");
        }
        return c;
    }

    /** The text with the passage marked and footnote markers linked. */
    private Paragraph fill(Paragraph p, String text, String passage) {
        for (Highlight.Segment s : Highlight.split(text, passage)) {
            if (s.marked()) {
                var mark = new Mark("");
                footnotes.addText(mark, s.text());
                p.add(mark);
            } else {
                footnotes.addText(p, s.text());
            }
        }
        return p;
    }

    private static String quoteOf(QuestionDetails q, String item) {
        List<QuestionDetails.Item> items = q.items();
        try {
            int i = item == null ? -1 : Integer.parseInt(item);
            return i >= 0 && i < items.size() ? items.get(i).source().quote() : q.source().quote();
        } catch (NumberFormatException e) {
            return q.source().quote();
        }
    }
}
