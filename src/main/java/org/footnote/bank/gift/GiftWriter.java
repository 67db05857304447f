package org.footnote.bank.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.SourcePassage;

/**
 * Writes questions as Moodle GIFT, with each question's source passage and document in the
 * general feedback ({@code ####}) so the footnote survives the trip into an LMS. Ordering questions,
 * which GIFT lacks, become matching questions (event to its position), their items' passages
 * numbered after the source. Each question's id and tags go into Moodle's {@code // [id:] [tag:]}
 * comment, with Footnote's kind, difficulty, a multiple choice's accepted forms and a typed cause's
 * key terms as tokens Moodle
 * ignores, so that {@link GiftImport} reads back every field of the question. No {@code $CATEGORY}
 * is written: callers choose where the questions go in Moodle. Plain Java.
 */
public final class GiftWriter {

    static final String SOURCE = "Source: \u201c";
    static final String PASSAGES = " Passages: ";
    /** What every one of Footnote's own tokens starts with (so a Moodle XML tag that does is one). */
    static final String TOKEN = "footnote-";
    /** Footnote's own comment tokens, which Moodle ignores: kind, difficulty, and a multiple choice's accepted forms. */
    static final String KIND = TOKEN + "kind:";
    static final String DIFFICULTY = TOKEN + "difficulty:";
    static final String ACCEPT = TOKEN + "accept:";
    /** A typed cause's key terms: ideas separated by " | ", each idea's terms by ", ". */
    static final String KEY_TERMS = TOKEN + "key-terms:";

    private GiftWriter() {
    }

    public static String write(List<QuestionDetails> questions) {
        return questions.stream().map(GiftWriter::write).collect(Collectors.joining("\n"));
    }

    public static String write(QuestionDetails q) {
        StringBuilder out = new StringBuilder("// [id:").append(q.id()).append("]");
        q.tags().forEach(t -> out.append(' ').append(bracketed("tag:" + t)));
        footnoteTokens(q).forEach(t -> out.append(' ').append(bracketed(t)));
        out.append("\n::").append(escape(q.id())).append(":: [plain]").append(escape(q.prompt())).append(" {");
        switch (q.format()) {
            case MULTIPLE_CHOICE -> {
                out.append("\n\t=").append(escape(q.answer()));
                q.distractors().forEach(d -> out.append("\n\t~").append(escape(d)));
            }
            case TRUE_FALSE -> out.append("true".equalsIgnoreCase(q.answer()) ? "TRUE" : "FALSE");
            case SHORT_ANSWER -> {
                out.append("\n\t=").append(escape(q.answer()));
                q.accept().forEach(a -> out.append("\n\t=").append(escape(a)));
            }
            case ORDERING -> IntStream.range(0, q.items().size()).forEach(i ->
                    out.append("\n\t=").append(escape(q.items().get(i).text())).append(" -> ").append(i + 1));
        }
        String footnote = footnote(q);
        if (!footnote.isEmpty()) {
            out.append("\n\t####").append(escape(footnote));
        }
        return out.append("\n}\n").toString();
    }

    /**
     * Footnote's own tokens for what GIFT and Moodle XML have no field for, each as {@code prefix:value}
     * ({@code footnote-kind:date}): the kind, the difficulty, a multiple choice's accepted forms and a
     * typed cause's key terms. GIFT carries them in a comment, Moodle XML as tags; Moodle ignores both.
     */
    static List<String> footnoteTokens(QuestionDetails q) {
        List<String> tokens = new ArrayList<>();
        if (q.kind() != null) {
            tokens.add(KIND + q.kind().code());
        }
        if (q.difficulty() >= 1 && q.difficulty() <= 3) {
            tokens.add(DIFFICULTY + q.difficulty());
        }
        if (q.format() == Format.MULTIPLE_CHOICE) {
            q.accept().forEach(a -> tokens.add(ACCEPT + a));
        }
        if (!q.keyTerms().isEmpty()) {
            tokens.add(KEY_TERMS + q.keyTerms().stream().map(idea -> String.join(", ", idea)).collect(Collectors.joining(" | ")));
        }
        return tokens;
    }

    /** A token as a GIFT comment holds it and {@link GiftImport} reads it: {@code [footnote-kind:date]}, each {@code ]} escaped. */
    static String bracketed(String token) {
        return "[" + token.replace("]", "\\]") + "]";
    }

    /** The explanation (if any), the source (quote, title, author, publisher, date) and an ordering's passages. */
    static String footnote(QuestionDetails q) {
        SourcePassage s = q.source();
        String explanation = q.explanation() == null ? "" : q.explanation().strip();
        if (s == null) {
            return explanation;
        }
        String source = SOURCE + s.quote().strip() + "\u201d \u2014 " + s.title() + ", " + s.citation() + ".";
        StringBuilder out = new StringBuilder(explanation.isEmpty() ? source : explanation + " " + source);
        if (!q.items().isEmpty()) {
            out.append(PASSAGES).append(IntStream.range(0, q.items().size()).mapToObj(i -> {
                SourcePassage p = q.items().get(i).source();
                String quote = (i + 1) + ". \u201c" + (p == null ? "" : p.quote().strip()) + "\u201d";
                return p == null || p.documentId().equals(s.documentId()) ? quote : quote + " \u2014 " + p.title();
            }).collect(Collectors.joining(" ")));
        }
        return out.toString();
    }

    /** GIFT's special characters, escaped; line breaks as spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Objects.requireNonNullElse(text, "").toCharArray()) {
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
