package org.footnote.bank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footnote.bank.DocumentPage;

/**
 * A document's footnotes as links: each marker {@code [n]} in the text goes to note n, and each
 * cited note links back to its first marker. Plain anchors with ids ({@code ref-n}, {@code note-n}),
 * reachable by keyboard; a small script moves focus to the target, since Vaadin's base URL would
 * turn a bare {@code #note-n} into a link to the start page.
 */
final class Footnotes {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})\\.\\s+(.*)$", Pattern.DOTALL);

    private final String location;
    private final Set<String> notes;
    private final Set<String> cited;
    private final Map<String, Integer> markersPlaced = new HashMap<>();

    Footnotes(String documentId, List<DocumentPage.Block> blocks) {
        this.location = "documents/" + documentId;
        this.notes = blocks.stream().filter(Footnotes::isNote).map(b -> number(b.text())).collect(Collectors.toSet());
        this.cited = blocks.stream().filter(b -> !isNote(b)).flatMap(b -> MARKER.matcher(b.text()).results())
                .map(m -> m.group(1)).filter(notes::contains).collect(Collectors.toSet());
    }

    /** Adds {@code text} to {@code container}, each marker of a note the document has as a link to that note. */
    void addText(HasComponents container, String text) {
        Matcher m = MARKER.matcher(text);
        int from = 0;
        while (m.find()) {
            if (!notes.contains(m.group(1))) {
                continue;
            }
            if (m.start() > from) {
                container.add(new Text(text.substring(from, m.start())));
            }
            container.add(marker(m.group(1)));
            from = m.end();
        }
        if (from < text.length()) {
            container.add(new Text(text.substring(from)));
        }
    }

    /** Note n: its number (where markers lead), its text as {@code body} adds it, and a link back to the text. */
    Paragraph note(DocumentPage.Block block, java.util.function.BiConsumer<Paragraph, String> body) {
        Matcher m = NOTE.matcher(block.text());
        var p = new Paragraph();
        if (!m.matches()) {
            body.accept(p, block.text());
            return p;
        }
        String n = m.group(1);
        var number = new Span(n + ".");
        number.addClassName("footnote-number");
        if (cited.contains(n)) {
            number.setId("note-" + n);
            number.getElement().setAttribute("tabindex", "-1");
        }
        p.add(number, new Text(" "));
        body.accept(p, m.group(2));
        if (cited.contains(n)) {
            var back = link("ref-" + n, "Back to the text");
            back.getElement().setAttribute("aria-label", "Back to the text of note " + n);
            back.addClassName("footnote-back");
            p.add(new Text(" "), back);
        }
        return p;
    }

    /** Moves focus to a footnote link's target (and scrolls it into view) instead of following the address. */
    static void followLinksWithin(Component body) {
        body.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const a = e.target.closest && e.target.closest('a[data-footnote]');
                  if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
                  const to = document.getElementById(a.dataset.footnote);
                  if (!to) return;
                  e.preventDefault();
                  to.scrollIntoView({block: 'center'});
                  to.focus({preventScroll: true});
                });""");
    }

    private Anchor marker(String n) {
        int seen = markersPlaced.merge(n, 1, Integer::sum);
        var a = link("note-" + n, "[" + n + "]");
        a.setId(seen == 1 ? "ref-" + n : "ref-" + n + "-" + seen);
        a.addClassName("footnote-ref");
        a.getElement().setAttribute("title", "Note " + n);
        return a;
    }

    private Anchor link(String targetId, String text) {
        var a = new Anchor(location + "#" + targetId, text);
        a.getElement().setAttribute("data-footnote", targetId);
        return a;
    }

    private static boolean isNote(DocumentPage.Block b) {
        return b.type() == DocumentPage.Block.Type.NOTE;
    }

    private static String number(String noteText) {
        Matcher m = NOTE.matcher(noteText);
        return m.matches() ? m.group(1) : "";
    }
}
