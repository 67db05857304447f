package org.footnote.quiz;

/** No such attempt for this user: missing and someone else's look the same, so ids leak nothing. */
public class AttemptNotFoundException extends RuntimeException {

    public AttemptNotFoundException(long attemptId) {
        super("No quiz " + attemptId + " for the current user");
    }
}
