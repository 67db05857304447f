package org.footnote.progress;

/** How many of {@code total} were right, for one label (a document, a kind of question). */
public record Share(String label, int right, int total) {

    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * right / total);
    }
}
