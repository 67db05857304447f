package org.footnote.bank.gift;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.SourcePassage;

/**
 * Writes questions as Moodle GIFT, with each question's source passage and document in the
 * general feedback ({@code ####}) so the footnote survives the trip into an LMS. Ordering questions,
 * which GIFT lacks, become matching questions (event to its position). Plain Java.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<QuestionDetails> questions) {
        return questions.stream().map(GiftWriter::write).collect(Collectors.joining("\n"));
    }

    public static String write(QuestionDetails q) {
        StringBuilder out = new StringBuilder("::").append(escape(q.id())).append(":: [plain]").append(escape(q.prompt()))
                .append(" {");
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
        out.append("\n\t####").append(escape(footnote(q))).append("\n}\n");
        return out.toString();
    }

    /** The explanation (if any) and the source: quote, title, author, publisher, date. */
    static String footnote(QuestionDetails q) {
        SourcePassage s = q.source();
        if (s == null) {
            return q.explanation() == null ? "" : q.explanation().strip();
        }
        String source = "Source: \u201c" + s.quote().strip() + "\u201d \u2014 " + s.title() + ", " + s.citation() + ".";
        return q.explanation() == null || q.explanation().isBlank() ? source : q.explanation().strip() + " " + source;
    }

    /** GIFT's special characters, escaped; line breaks as \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("~=#{}:".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
