package org.footnote.quiz.assigned;

/** No such quiz for the signed-in user: missing and someone else's look the same. */
public class QuizNotFoundException extends RuntimeException {

    public QuizNotFoundException(long quizId) {
        super("No quiz " + quizId + " for the current user");
    }
}
