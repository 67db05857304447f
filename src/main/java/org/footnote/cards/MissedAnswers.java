package org.footnote.cards;

import org.footnote.quiz.AnswerRecorded;
import org.footnote.quiz.AnswerRegraded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A question answered wrongly in a quiz comes due now in the learner's cards, as a new card if they
 * had none (a card with no review yet, so no rating is invented). A re-grade of that answer to right undoes it. Not a secured service: it also runs when the server releases an assigned quiz's
 * answers at its closing date, with nobody signed in.
 */
@Component
class MissedAnswers {

    private final CardRepository cards;
    private final CardMisses misses;

    MissedAnswers(CardRepository cards, CardMisses misses) {
        this.cards = cards;
        this.misses = misses;
    }

    @EventListener
    public void onAnswer(AnswerRecorded answer) {
        if (!answer.correct()) {
            misses.missed(answer.userId(), answer.questionId(), answer.at());
        }
    }

    /** A re-graded answer: right now, the card goes back where its ratings put it; wrong now, it comes up. */
    @EventListener
    public void onRegrade(AnswerRegraded answer) {
        cards.findByUserIdAndQuestionId(answer.userId(), answer.questionId()).ifPresentOrElse(c -> {
            if (answer.correct() && c.neverRated()) {
                cards.delete(c); // only the miss made it: the question is new again
            } else if (answer.correct()) {
                c.undoMiss(answer.answeredAt());
            } else {
                c.dueBy(answer.answeredAt());
            }
        }, () -> {
            if (!answer.correct()) {
                cards.save(new Card(answer.userId(), answer.questionId(), answer.answeredAt()));
            }
        });
    }
}
