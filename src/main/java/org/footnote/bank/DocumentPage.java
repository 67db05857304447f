package org.footnote.bank;

import java.util.List;
import org.footnote.bank.files.TextMatch;

/** A document laid out for reading: its metadata and its blocks, each with how many questions quote it. */
public record DocumentPage(DocumentInfo info, List<Block> blocks) {

    /** A heading, paragraph, list line or note, in document order. */
    public record Block(int index, String text, Type type, int questionCount) {

        public enum Type { HEADING, PARAGRAPH, LIST_ITEM, NOTE }
    }

    /** The block that holds {@code quote}, if any. */
    public java.util.Optional<Block> blockQuoting(String quote) {
        return blocks.stream().filter(b -> TextMatch.contains(b.text(), quote)).findFirst();
    }
}
