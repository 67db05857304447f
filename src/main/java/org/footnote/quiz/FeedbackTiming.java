package org.footnote.quiz;

/** When a student of an assigned quiz sees whether they were right, and the sources. */
public enum FeedbackTiming {
    EACH_ANSWER("After each answer", "after each answer"),
    AFTER_SUBMISSION("After they submit the quiz", "when you submit the quiz"),
    AFTER_CLOSE("After the quiz closes", "after the quiz closes");

    private final String label;
    private final String forStudents;

    FeedbackTiming(String label, String forStudents) {
        this.label = label;
        this.forStudents = forStudents;
    }

    /** As the instructor chooses it. */
    public String label() {
        return label;
    }

    /** As the student reads it: "You see whether you were right {forStudents}." */
    public String forStudents() {
        return forStudents;
    }
}
