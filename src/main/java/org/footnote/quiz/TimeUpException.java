package org.footnote.quiz;

/** An answer came after the attempt's time limit: the server had already submitted it. */
public class TimeUpException extends RuntimeException {

    public TimeUpException() {
        super("Time is up: your quiz was submitted when its time limit ran out. Answers given before then are kept.");
    }
}
