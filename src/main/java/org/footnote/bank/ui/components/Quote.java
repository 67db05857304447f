package org.footnote.bank.ui.components;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import java.util.List;
import org.footnote.bank.Highlight;
import org.footnote.shared.ui.Mark;

/** HTML {@code <blockquote>} of a passage, with the given words marked. */
@Tag("blockquote")
public class Quote extends HtmlContainer {

    public Quote(String passage, String highlight) {
        for (Highlight.Segment segment : Highlight.split(passage, highlight)) {
            add(segment.marked() ? new Mark(segment.text()) : new Text(segment.text()));
        }
    }

    /** The passage split into its runs, for tests and for callers composing their own markup. */
    public static List<Highlight.Segment> segments(String passage, String highlight) {
        return Highlight.split(passage, highlight);
    }
}
