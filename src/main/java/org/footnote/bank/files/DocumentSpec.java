package org.footnote.bank.files;

import java.util.List;

/**
 * A cleaned source document as written in {@code question-bank/documents/<id>.md}.
 *
 * @param published an ISO date ({@code 2022-10-31}) or a year ({@code 1999})
 * @param body      the text, paragraphs separated by blank lines, in a small Markdown subset
 */
public record DocumentSpec(String id, String title, String author, String publisher, String published,
                           String url, String notes, String body) {

    /** The body's blocks (paragraphs, headings, list lines) in order, each as written. */
    public List<String> blocks() {
        return DocumentText.blocks(body);
    }
}
