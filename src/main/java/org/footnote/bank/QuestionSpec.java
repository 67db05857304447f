package org.footnote.bank;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One question as written in {@code question-bank/questions/<document>.yaml}, or as an instructor
 * writes it in the app.
 *
 * @param line        where the question starts in its file (1-based), for error reports
 * @param answer      the right answer; for true-false {@code true} or {@code false}; empty for ordering
 * @param accept      other answers counted right
 * @param items       ordering only: the items in their correct order, each with its own quote
 * @param documentId  null only for a draft not yet linked to its passage (likewise quote and kind)
 * @param explanation optional, required for causes
 * @param keyTerms    short-answer causes: each key idea the answer must express, as the terms that
 *                    express it (the first names the idea in feedback)
 */
public record QuestionSpec(String id, Kind kind, Format format, String prompt, String answer, List<String> accept,
                           List<String> distractors, List<OrderingItem> items, int difficulty, List<String> tags,
                           String documentId, String quote, String explanation, List<List<String>> keyTerms,
                           String file, int line) {

    public QuestionSpec {
        keyTerms = keyTerms == null ? List.of() : keyTerms.stream().map(List::copyOf).toList();
    }

    /** A question without key terms. */
    public QuestionSpec(String id, Kind kind, Format format, String prompt, String answer, List<String> accept,
                        List<String> distractors, List<OrderingItem> items, int difficulty, List<String> tags,
                        String documentId, String quote, String explanation, String file, int line) {
        this(id, kind, format, prompt, answer, accept, distractors, items, difficulty, tags, documentId, quote,
                explanation, List.of(), file, line);
    }

    /** One event of an ordering question, with the passage that dates it. */
    public record OrderingItem(String text, String documentId, String quote) {
    }

    /**
     * The same question as a form leaves it tidied: text stripped, blank entries and repeats
     * dropped, and the fields its format does not use emptied (distractors only for multiple
     * choice, accepted forms for multiple choice and short answers, key terms for short answers, items
     * only for ordering).
     */
    public QuestionSpec tidy() {
        boolean choices = format == Format.MULTIPLE_CHOICE;
        boolean ordering = format == Format.ORDERING;
        String documentTidy = blankToNull(documentId);
        List<OrderingItem> itemsTidy = !ordering ? List.of() : items.stream()
                .filter(i -> !isBlank(i.text()) || !isBlank(i.quote()))
                .map(i -> new OrderingItem(strip(i.text()), i.documentId() == null ? documentTidy : i.documentId(),
                        strip(i.quote())))
                .toList();
        return new QuestionSpec(strip(id), kind, format, strip(prompt), ordering ? "" : strip(answer),
                choices || format == Format.SHORT_ANSWER ? clean(accept) : List.of(), choices ? clean(distractors) : List.of(),
                itemsTidy, difficulty, clean(tags), documentTidy, blankToNull(quote), blankToNull(explanation),
                format == Format.SHORT_ANSWER ? keyTerms.stream().map(QuestionSpec::clean).filter(t -> !t.isEmpty()).toList()
                        : List.of(), file, line);
    }

    private static List<String> clean(List<String> values) {
        var out = new LinkedHashSet<String>();
        values.stream().map(QuestionSpec::strip).filter(v -> !v.isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
