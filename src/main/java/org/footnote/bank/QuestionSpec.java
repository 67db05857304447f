package org.footnote.bank;

import java.util.List;

/**
 * One question as written in {@code question-bank/questions/<document>.yaml}.
 *
 * @param line        where the question starts in its file (1-based), for error reports
 * @param answer      the right answer; for true-false {@code true} or {@code false}; empty for ordering
 * @param accept      other answers counted right
 * @param items       ordering only: the items in their correct order, each with its own quote
 * @param explanation optional, required for causes
 */
public record QuestionSpec(String id, Kind kind, Format format, String prompt, String answer, List<String> accept,
                           List<String> distractors, List<OrderingItem> items, int difficulty, List<String> tags,
                           String documentId, String quote, String explanation, String file, int line) {

    /** One event of an ordering question, with the passage that dates it. */
    public record OrderingItem(String text, String documentId, String quote) {
    }
}
