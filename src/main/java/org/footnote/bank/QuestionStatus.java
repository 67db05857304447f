package org.footnote.bank;

/** Whether students meet a question. */
public enum QuestionStatus {
    /** In the bank, drawn into quizzes and cards. */
    ACTIVE,
    /** Removed from the bank files; kept so that learners' history still has its question. */
    RETIRED,
    /** Written or imported in the app, not yet published. */
    DRAFT
}
