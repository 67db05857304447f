package org.footnote.bank;

/**
 * Published when the bank's content changed (the start-up sync, an instructor's save), inside the
 * transaction that changed it: whatever other features derive from the whole bank, such as the
 * grader's vocabulary, is rebuilt after it commits.
 */
public record BankChanged(String questionId) {

    /** Many questions, or the bank's vocabulary, may have changed. */
    public static final BankChanged WHOLE_BANK = new BankChanged(null);
}
