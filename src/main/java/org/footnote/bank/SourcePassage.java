package org.footnote.bank;

/**
 * The footnote of an answer: the quoted passage, what to highlight in it, and where it comes from.
 *
 * @param publisher  null when the document does not name one
 * @param highlight  the words of the answer inside the quote, or {@code null} to show the quote plain
 * @param questionId the question this passage proves, used to open the document at the passage
 * @param item       for an ordering item's passage, the item's index in the question; otherwise null
 */
public record SourcePassage(String documentId, String title, String author, String publisher, String published,
                            String quote, String highlight, String questionId, Integer item) {

    /** Where "Read in context" goes: the document view, scrolled to this passage. */
    public String contextLocation() {
        return "documents/" + documentId + "?q=" + questionId + (item == null ? "" : "&item=" + item);
    }

    /** "Mouzaffar Olimov, SIPRI, 1999"; without a publisher, "Theo Dyer, 2025-09-26". */
    public String citation() {
        return Citation.join(", ", author, publisher, published);
    }

    /** The question's passage; null for a draft not yet linked to one. */
    static SourcePassage of(Question q) {
        SourceDocument d = q.getDocument();
        if (d == null || q.getQuote() == null) {
            return null;
        }
        return new SourcePassage(d.getId(), d.getTitle(), d.getAuthor(), d.getPublisher(), d.getPublished(),
                q.getQuote(), highlightFor(q), q.getId(), null);
    }

    /** For answers that stand in the quote (dates, names, figures, places), the answer or accepted form found there. */
    static String highlightFor(Question q) {
        if (q.getKind() == null || !q.getKind().answerMustBeQuoted() || q.getFormat() == Format.TRUE_FALSE || q.getFormat() == Format.ORDERING) {
            return null;
        }
        if (Highlight.contains(q.getQuote(), q.getAnswer())) {
            return q.getAnswer();
        }
        return q.getAccept().stream().filter(a -> Highlight.contains(q.getQuote(), a)).findFirst().orElse(null);
    }
}
