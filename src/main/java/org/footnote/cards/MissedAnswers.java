package org.footnote.cards;

import org.footnote.quiz.AnswerRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A question answered wrongly in a quiz comes due now in the learner's cards; no rating is
 * invented. Not a secured service: it also runs when the server releases an assigned quiz's
 * answers at its closing date, with nobody signed in.
 */
@Component
class MissedAnswers {

    private final CardRepository cards;

    MissedAnswers(CardRepository cards) {
        this.cards = cards;
    }

    @EventListener
    public void onAnswer(AnswerRecorded answer) {
        if (!answer.correct()) {
            cards.findByUserIdAndQuestionId(answer.userId(), answer.questionId()).ifPresent(c -> c.dueBy(answer.at()));
        }
    }
}
