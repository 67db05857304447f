package org.footnote.bank.files;

import java.util.ArrayList;
import java.util.List;

/** Splits a document body into blocks: paragraphs separated by blank lines; headings and list lines stand alone. */
public final class DocumentText {

    private DocumentText() {
    }

    public static List<String> blocks(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\\R", -1)) {
            String trimmed = line.strip();
            boolean standsAlone = trimmed.startsWith("#") || trimmed.startsWith("- ") || trimmed.matches("\\d+\\. .*");
            if (trimmed.isEmpty() || standsAlone) {
                flush(blocks, current);
            }
            if (standsAlone) {
                blocks.add(trimmed);
            } else if (!trimmed.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        flush(blocks, current);
        return blocks;
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (!current.isEmpty()) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }
}
