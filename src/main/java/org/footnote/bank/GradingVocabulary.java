package org.footnote.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.footnote.bank.files.ParsedBank;

/**
 * What grading needs of the bank as a whole, read the same way from the bank files (by the bank
 * authors' grading command) and from the database (by the app).
 *
 * @param spellings     spellings of one name (names.yaml), the first form first
 * @param abbreviations a full name, then its abbreviations and other names (abbreviations.yaml)
 * @param texts         the documents and the questions' texts: their words are words, not spelling slips
 * @param answers       by kind of question, the answers, accepted forms and distractors of the questions:
 *                      the people, places and bodies an answer may name instead of the right one
 */
public record GradingVocabulary(List<List<String>> spellings, List<List<String>> abbreviations, List<String> texts,
                                Map<Kind, List<String>> answers) {

    /** The vocabulary of the bank files as read. */
    public static GradingVocabulary of(ParsedBank bank) {
        List<String> texts = new ArrayList<>();
        bank.documents().forEach(d -> texts.add(d.body()));
        bank.questions().forEach(q -> texts.addAll(textsOf(q)));
        return new GradingVocabulary(bank.nameVariants(), bank.abbreviations(), texts, answersOf(bank.questions()));
    }

    /** Answers, accepted forms and distractors of the given questions, by kind. */
    static Map<Kind, List<String>> answersOf(java.util.Collection<QuestionSpec> questions) {
        Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
        for (QuestionSpec q : questions) {
            if (q.kind() != null && q.format() != Format.TRUE_FALSE && q.format() != Format.ORDERING) {
                List<String> forms = out.computeIfAbsent(q.kind(), k -> new ArrayList<>());
                forms.add(q.answer());
                forms.addAll(q.accept());
                forms.addAll(q.distractors());
            }
        }
        return out;
    }

    /** A question's own words: prompt, answers, distractors, ordering items, quote and explanation. */
    static List<String> textsOf(QuestionSpec q) {
        List<String> out = new ArrayList<>();
        out.add(q.prompt());
        out.add(q.answer());
        out.addAll(q.accept());
        out.addAll(q.distractors());
        q.items().forEach(i -> out.add(i.text()));
        out.add(q.quote());
        out.add(q.explanation());
        return out;
    }
}
