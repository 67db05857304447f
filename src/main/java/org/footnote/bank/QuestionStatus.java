package org.footnote.bank;

/** Whether students meet a question. */
public enum QuestionStatus {
    /** In the bank, drawn into quizzes and cards. */
    ACTIVE("Active"),
    /** Removed from the bank files; kept so that learners' history still has its question. */
    RETIRED("Retired"),
    /** Written or imported in the app, not yet published. */
    DRAFT("Draft");

    private final String label;

    QuestionStatus(String label) {
        this.label = label;
    }

    /** "Active", "Retired", "Draft", as shown to users. */
    public String label() {
        return label;
    }
}
