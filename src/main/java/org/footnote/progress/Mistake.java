package org.footnote.progress;

import java.time.Instant;
import org.footnote.bank.QuestionDetails;

/**
 * A question the learner has missed, once however often they missed it.
 *
 * @param lastWrongAnswer what they last answered wrongly; for a flashcard lapse, a note saying so
 * @param fixedAt         when they last got it right after the last miss; null while still missed
 */
public record Mistake(QuestionDetails question, int timesMissed, Instant lastMissed, String lastWrongAnswer,
                      Instant fixedAt) {

    public boolean stillMissed() {
        return fixedAt == null;
    }
}
