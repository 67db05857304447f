package org.footnote.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;

/** What a student chose for a practice quiz; an empty set means "all". */
public record PracticeSettings(Set<String> documentIds, Set<Kind> kinds, Set<Format> formats, int length) {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 50;

    /** Problems with these settings, in words; empty when they can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            problems.add("Choose between " + MIN_LENGTH + " and " + MAX_LENGTH + " questions.");
        }
        return problems;
    }
}
