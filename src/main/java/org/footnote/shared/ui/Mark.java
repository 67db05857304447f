package org.footnote.shared.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** HTML {@code <mark>}: highlighted words, announced as such by screen readers. */
@Tag("mark")
public class Mark extends HtmlContainer {

    public Mark(String text) {
        setText(text);
    }
}
