package org.footnote.bank;

import java.util.List;

/**
 * Everything a quiz or card needs of one question, detached from the database. Only a draft may
 * lack its source (and kind): students never meet drafts.
 *
 * @param items       ordering questions: the items in their right order, each with its passage
 * @param tags        the bank's tags (for exports)
 * @param difficulty  1 recall .. 3 inference (for exports; 0 where unknown)
 * @param keyTerms    short-answer causes: each key idea, as the terms that express it (for grading)
 */
public record QuestionDetails(String id, Kind kind, Format format, String prompt, String answer, List<String> accept,
                              List<String> distractors, List<Item> items, String explanation, SourcePassage source,
                              QuestionStatus status, List<String> tags, int difficulty, List<List<String>> keyTerms) {

    public QuestionDetails(String id, Kind kind, Format format, String prompt, String answer, List<String> accept,
                           List<String> distractors, List<Item> items, String explanation, SourcePassage source,
                           QuestionStatus status, List<String> tags, int difficulty) {
        this(id, kind, format, prompt, answer, accept, distractors, items, explanation, source, status, tags, difficulty,
                List.of());
    }

    public QuestionDetails(String id, Kind kind, Format format, String prompt, String answer, List<String> accept,
                           List<String> distractors, List<Item> items, String explanation, SourcePassage source,
                           QuestionStatus status) {
        this(id, kind, format, prompt, answer, accept, distractors, items, explanation, source, status, List.of(), 0);
    }

    /** An ordering item and the passage that dates it. */
    public record Item(String text, SourcePassage source) {
    }

    public List<String> itemTexts() {
        return items.stream().map(Item::text).toList();
    }

    /** The right answer as shown to people: "True", "27 June 1997", "A \u2192 B \u2192 C". */
    public String displayAnswer() {
        return switch (format) {
            case ORDERING -> String.join(" \u2192 ", itemTexts());
            case TRUE_FALSE -> "true".equalsIgnoreCase(answer) ? "True" : "False";
            default -> answer;
        };
    }
}
