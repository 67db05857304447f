package org.footnote.bank;

import java.util.List;
import java.util.stream.Collectors;
import org.footnote.bank.files.QuestionBreach;

/** A question an instructor saved breaks the bank's rules; nothing was saved. */
public class InvalidQuestionException extends RuntimeException {

    private final List<QuestionBreach> breaches;

    public InvalidQuestionException(List<QuestionBreach> breaches) {
        super("Not saved: " + breaches.stream().map(QuestionBreach::toString).collect(Collectors.joining("; ")));
        this.breaches = List.copyOf(breaches);
    }

    public List<QuestionBreach> breaches() {
        return breaches;
    }
}
