package org.footnote.quiz;

/** A quiz just drawn: {@code drawn} may be fewer than {@code requested} when the bank holds fewer. */
public record StartedQuiz(long attemptId, int drawn, int requested) {

    /** Where the quiz is taken (quiz/ui/QuizView's route), for other modules' views to open it. */
    public String location() {
        return "practice/" + attemptId;
    }
}
