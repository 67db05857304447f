package org.footnote.bank;

/**
 * Someone else saved the question after this editor opened it (optimistic locking): this save was
 * refused so that their change is not lost, and the editor keeps what this instructor typed.
 */
public class QuestionChangedException extends RuntimeException {

    private final QuestionRevision.Entry latest;

    public QuestionChangedException(String questionId, QuestionRevision.Entry latest) {
        super(latest == null
                ? "Question " + questionId + " was changed by someone else while you edited it."
                : "Question " + questionId + " was changed by " + latest.author() + " while you edited it.");
        this.latest = latest;
    }

    /** The change that came first, if it is in the history. */
    public QuestionRevision.Entry latest() {
        return latest;
    }
}
