package org.footnote.quiz;

/**
 * A typed answer's verdict changed by a person rather than the grader: the student said it was
 * right ("I was right", practice only), and an instructor then accepted the form for everyone or
 * rejected the claim.
 */
public enum AnswerOverride {
    /** The student counted it as right; it counts as right until an instructor rejects it. */
    CLAIMED,
    /** An instructor accepted the typed form: the grader now accepts it too. */
    ACCEPTED,
    /** An instructor rejected the student's claim: it counts as wrong again. */
    REJECTED
}
