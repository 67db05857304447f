package org.footnote.cards;

import java.time.Duration;
import java.util.Map;
import org.footnote.bank.QuestionDetails;
import org.footnote.cards.fsrs.Rating;

/**
 * The card to study now.
 *
 * @param version        the card's version when shown; a rating of an older version is refused
 * @param retrievability the chance of recall now (0 for a new card)
 * @param intervals      what each rating would schedule, for the buttons
 */
public record ReviewCard(String questionId, long version, boolean isNew, QuestionDetails question, double retrievability,
                         Map<Rating, Duration> intervals, QueueCounts counts) {
}
