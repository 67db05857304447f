package org.footnote.bank.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.footnote.bank.QuestionField;
import org.footnote.bank.QuestionSpec;
import org.footnote.bank.QuestionStatus;

/** What changed between two versions of a question, field by field, in words. Plain Java. */
public final class QuestionDiff {

    private QuestionDiff() {
    }

    /** The changed fields, in the editor's order; {@code before} null means the question is new. */
    public static List<FieldChange> between(QuestionSpec before, QuestionStatus beforeStatus, QuestionSpec after,
                                            QuestionStatus afterStatus) {
        Map<QuestionField, String> old = before == null ? new EnumMap<>(QuestionField.class) : values(before, beforeStatus);
        Map<QuestionField, String> now = values(after, afterStatus);
        List<FieldChange> changes = new ArrayList<>();
        for (QuestionField field : QuestionField.values()) {
            String a = old.getOrDefault(field, "");
            String b = now.getOrDefault(field, "");
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, a.isEmpty() ? null : a, b.isEmpty() ? null : b));
            }
        }
        return changes;
    }

    /** Each field's value as shown in the history: lists joined with "; ", items numbered with their quotes. */
    static Map<QuestionField, String> values(QuestionSpec q, QuestionStatus status) {
        Map<QuestionField, String> v = new EnumMap<>(QuestionField.class);
        v.put(QuestionField.ID, text(q.id()));
        v.put(QuestionField.STATUS, status == null ? "" : status.name().toLowerCase(java.util.Locale.ROOT));
        v.put(QuestionField.DOCUMENT, text(q.documentId()));
        v.put(QuestionField.QUOTE, text(q.quote()));
        v.put(QuestionField.KIND, q.kind() == null ? "" : q.kind().code());
        v.put(QuestionField.FORMAT, q.format() == null ? "" : q.format().code());
        v.put(QuestionField.PROMPT, text(q.prompt()));
        v.put(QuestionField.ANSWER, text(q.answer()));
        v.put(QuestionField.ACCEPT, String.join("; ", q.accept()));
        v.put(QuestionField.DISTRACTORS, String.join("; ", q.distractors()));
        v.put(QuestionField.KEY_TERMS, q.keyTerms().stream().map(idea -> String.join(", ", idea))
                .collect(Collectors.joining("; ")));
        v.put(QuestionField.ITEMS, IntStream.range(0, q.items().size()).mapToObj(i -> (i + 1) + ". " + q.items().get(i).text()
                + " [" + (Objects.equals(q.items().get(i).documentId(), q.documentId()) ? "" : q.items().get(i).documentId() + ": ")
                + "\u201c" + text(q.items().get(i).quote()) + "\u201d]").collect(Collectors.joining("; ")));
        v.put(QuestionField.DIFFICULTY, String.valueOf(q.difficulty()));
        v.put(QuestionField.TAGS, String.join(", ", q.tags()));
        v.put(QuestionField.EXPLANATION, text(q.explanation()));
        return v;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
