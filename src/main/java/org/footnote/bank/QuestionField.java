package org.footnote.bank;

/** The fields of a question, as the editor shows them and the validator names them. */
public enum QuestionField {
    ID("Id"), STATUS("Status"), DOCUMENT("Document"), QUOTE("Quote"), KIND("Kind"), FORMAT("Format"),
    PROMPT("Question"), ANSWER("Answer"), ACCEPT("Also accepted"), DISTRACTORS("Distractors"),
    KEY_TERMS("Key terms"), ITEMS("Ordering items"), DIFFICULTY("Difficulty"), TAGS("Tags"),
    EXPLANATION("Explanation");

    private final String label;

    QuestionField(String label) {
        this.label = label;
    }

    /** The field's name as people read it: "Also accepted", "Ordering items", ... */
    public String label() {
        return label;
    }
}
