package org.footnote.progress;

import java.time.Instant;
import java.util.List;
import org.footnote.bank.QuestionDetails;

/**
 * A question the learner has missed, once however often they missed it.
 *
 * @param lastWrongAnswer what they last answered wrongly, as people read it; for a flashcard lapse, a note saying so
 * @param lastWrongOrder  for an ordering question, that answer's items in the order given; else empty
 * @param fixedAt         when they last got it right after the last miss; null while still missed
 */
public record Mistake(QuestionDetails question, int timesMissed, Instant lastMissed, String lastWrongAnswer,
                      List<String> lastWrongOrder, Instant fixedAt) {

    public boolean stillMissed() {
        return fixedAt == null;
    }
}
