package org.footnote.quiz;

/** When a student of an assigned quiz sees whether they were right, and the sources. */
public enum FeedbackTiming {
    EACH_ANSWER("After each answer"),
    AFTER_SUBMISSION("After they submit the quiz"),
    AFTER_CLOSE("After the quiz closes");

    private final String label;

    FeedbackTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
