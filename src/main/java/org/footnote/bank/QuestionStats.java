package org.footnote.bank;

import java.util.List;

/** How one question has fared with all learners so far: answers, share right, the commonest wrong answers. */
public record QuestionStats(int answers, int right, List<WrongAnswer> commonWrong) {

    /** A wrong answer and how many times it was given. */
    public record WrongAnswer(String answer, int times) {
    }

    public int percentRight() {
        return answers == 0 ? 0 : (int) Math.round(100.0 * right / answers);
    }
}
