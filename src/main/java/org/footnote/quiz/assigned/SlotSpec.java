package org.footnote.quiz.assigned;

/** What a slot holds: exactly one of a question id and a rule. */
public record SlotSpec(String questionId, DrawRule rule) {

    public SlotSpec {
        if ((questionId == null) == (rule == null)) {
            throw new IllegalArgumentException("A slot holds a question or a rule");
        }
    }

    public static SlotSpec question(String questionId) {
        return new SlotSpec(questionId, null);
    }

    public static SlotSpec rule(DrawRule rule) {
        return new SlotSpec(null, rule);
    }

    /** How many questions the slot puts in each attempt. */
    public int size() {
        return rule == null ? 1 : rule.count();
    }
}
