package org.footnote.bank.files;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionSpec;

/**
 * Writes questions back in the bank's file format ({@code questions/<document>.yaml}), so questions
 * kept in the database can be committed to the repository; loading the output again changes nothing.
 * Plain Java. Strings are always double-quoted, so no YAML special character can change their meaning.
 */
public final class BankYamlWriter {

    private BankYamlWriter() {
    }

    /** One file's text per document id, questions in the given order. */
    public static Map<String, String> write(List<QuestionSpec> questions) {
        return questions.stream().collect(Collectors.groupingBy(QuestionSpec::documentId, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), BankYamlWriter::file)));
    }

    static String file(List<QuestionSpec> questions) {
        StringBuilder out = new StringBuilder();
        for (QuestionSpec q : questions) {
            out.append("- id: ").append(q.id()).append('\n');
            out.append("  kind: ").append(q.kind().code()).append('\n');
            out.append("  format: ").append(q.format().code()).append('\n');
            out.append("  prompt: ").append(quote(q.prompt())).append('\n');
            if (q.format() != Format.ORDERING) {
                out.append("  answer: ").append(quote(q.answer())).append('\n');
            }
            list(out, "accept", q.accept());
            if (!q.keyTerms().isEmpty()) {
                out.append("  key_terms:\n");
                q.keyTerms().forEach(idea -> out.append("    - [").append(idea.stream().map(BankYamlWriter::quote)
                        .collect(Collectors.joining(", "))).append("]\n"));
            }
            list(out, "distractors", q.distractors());
            if (!q.items().isEmpty()) {
                out.append("  items:\n");
                for (QuestionSpec.OrderingItem item : q.items()) {
                    out.append("    - text: ").append(quote(item.text())).append('\n');
                    if (!item.documentId().equals(q.documentId())) {
                        out.append("      document: ").append(item.documentId()).append('\n');
                    }
                    out.append("      quote: ").append(quote(item.quote())).append('\n');
                }
            }
            out.append("  difficulty: ").append(q.difficulty()).append('\n');
            list(out, "tags", q.tags());
            out.append("  source:\n    document: ").append(q.documentId()).append('\n');
            out.append("    quote: ").append(quote(q.quote())).append('\n');
            if (q.explanation() != null && !q.explanation().isBlank()) {
                out.append("  explanation: ").append(quote(q.explanation())).append('\n');
            }
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.append("  ").append(key).append(": [")
                    .append(values.stream().map(BankYamlWriter::quote).collect(Collectors.joining(", "))).append("]\n");
        }
    }

    /** A YAML double-quoted scalar. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
