package org.footnote.bank;

import java.util.List;

/**
 * Everything a quiz or card needs of one question, detached from the database.
 *
 * @param items       ordering questions: the items in their right order, each with its passage
 */
public record QuestionDetails(String id, Kind kind, Format format, String prompt, String answer, List<String> accept,
                              List<String> distractors, List<Item> items, String explanation, SourcePassage source,
                              QuestionStatus status) {

    /** An ordering item and the passage that dates it. */
    public record Item(String text, SourcePassage source) {
    }

    public List<String> itemTexts() {
        return items.stream().map(Item::text).toList();
    }
}
