package org.footnote.quiz;

import java.util.List;
import org.footnote.bank.BankChanged;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.quiz.grading.Grade;
import org.footnote.quiz.grading.Grader;
import org.footnote.quiz.grading.Lexicon;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The app's grader: built once from the bank's vocabulary (names, abbreviations, the words of its
 * documents and questions) and rebuilt after the bank changes, rather than for every answer.
 */
@Component
public class AnswerGrader {

    private final QuestionCatalog catalog;
    private volatile Grader grader;

    AnswerGrader(QuestionCatalog catalog) {
        this.catalog = catalog;
    }

    /** Grades a typed or chosen answer, or an ordering ({@code order}), against its question. */
    public Grade grade(QuestionDetails q, String given, List<String> order) {
        Grader.Key key = Grader.Key.of(q);
        return q.format() == Format.ORDERING ? grader().gradeOrdering(key, order) : grader().grade(key, given);
    }

    /** The reason worth keeping with an answer, at most as long as its column. */
    static String note(Grade grade) {
        String reason = grade.reason();
        return reason == null ? null : reason.length() <= 300 ? reason : reason.substring(0, 299) + "\u2026";
    }

    private Grader grader() {
        Grader g = grader;
        if (g == null) {
            g = new Grader(Lexicon.of(catalog.vocabulary()));
            grader = g;
        }
        return g;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onBankChanged(BankChanged change) {
        grader = null;
    }
}
