package org.footnote.progress;

import java.time.LocalDate;
import java.util.Set;
import org.footnote.bank.Kind;

/**
 * Which mistakes to show. Empty sets and null bounds mean "any".
 *
 * @param stillMissedOnly only questions not answered right since they were last missed
 * @param text            words to find in the prompt or the answer, ignoring case
 */
public record MistakeFilter(Set<String> documentIds, Set<Kind> kinds, boolean stillMissedOnly, LocalDate from,
                            LocalDate to, String text) {

    public static MistakeFilter all() {
        return new MistakeFilter(Set.of(), Set.of(), false, null, null, "");
    }
}
