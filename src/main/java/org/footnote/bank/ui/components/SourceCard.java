package org.footnote.bank.ui.components;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.footnote.bank.Citation;
import org.footnote.bank.SourcePassage;
import org.footnote.shared.ui.ReturnLink;

/**
 * The footnote of an answer: the passage quoted from its document with the answer marked, the
 * document's title, author, publisher and date, and a link that opens the document at the passage.
 * One component, used wherever an answer is shown (feedback, cards, mistakes, previews).
 */
public class SourceCard extends Div {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public SourceCard(SourcePassage passage) {
        addClassName("source-card");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Source");

        var label = new Span("Source");
        label.addClassName("source-label");
        var title = new Emphasis(passage.title());
        title.addClassName("source-title");
        var citation = new Div(title, new Span(" \u2014 "
                + Citation.join(", ", passage.author(), passage.publisher(), displayDate(passage.published()))));
        citation.addClassName("source-citation");
        var context = new Anchor(passage.contextLocation(), "Read in context");
        context.addClassName("source-context");
        context.getElement().setAttribute("aria-label", "Read in context: " + passage.title());
        // The document page then offers "Back to the question": the page this card is shown on.
        context.addAttachListener(e -> context.setHref(ReturnLink.append(passage.contextLocation(),
                e.getUI().getActiveViewLocation())));
        add(label, new Quote(passage.quote(), passage.highlight()), citation, context);
    }

    /** "Theo Dyer · 26 September 2025": a document's author, publisher (when stated) and date, for its headers. */
    public static String byline(String author, String publisher, String published) {
        return Citation.join(" \u00b7 ", author, publisher, displayDate(published));
    }

    /** "31 October 2022" for an ISO date; a year or year-month as it is. */
    public static String displayDate(String published) {
        if (published != null && published.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(published).format(LONG_DATE);
        }
        return published;
    }
}
