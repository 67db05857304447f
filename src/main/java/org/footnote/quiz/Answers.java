package org.footnote.quiz;

import org.footnote.bank.QuestionDetails;
import org.footnote.bank.StoredAnswer;

/** A stored answer as a person reads it: ordering as "a → b → c", true-false capitalised. */
public final class Answers {

    private Answers() {
    }

    public static String display(QuestionDetails q, String given) {
        return StoredAnswer.display(q.format(), given);
    }
}
