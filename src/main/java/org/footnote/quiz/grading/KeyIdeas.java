package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * Grades a cause by its key ideas rather than its wording: the bank lists, for each idea the answer
 * must contain, the terms that express it ("financial crisis", "economic crisis", "recession"); an
 * answer that expresses every idea, in any word form and word order, is right, and a wrong one is
 * told which idea it lacks. An idea negated in the answer ("not the crisis") is not expressed.
 */
final class KeyIdeas {

    private static final int NEGATION_REACH = 3;

    private KeyIdeas() {
    }

    /** An idea missing from the answer, or null when all are there. */
    record Outcome(List<String> missing, boolean slip) {
    }

    static Outcome check(Phrase typed, List<List<String>> ideas, Lexicon lexicon) {
        List<String> missing = new ArrayList<>();
        boolean slip = false;
        for (List<String> idea : ideas) {
            int found = NOT_FOUND;
            for (String term : idea) {
                found = Math.max(found, find(typed, Phrase.of(term, lexicon), lexicon));
                if (found == EXACT) {
                    break;
                }
            }
            if (found == NOT_FOUND) {
                missing.add(idea.getFirst());
            }
            slip |= found == SLIP;
        }
        return new Outcome(missing, slip);
    }

    private static final int NOT_FOUND = 0;
    private static final int SLIP = 1;
    private static final int EXACT = 2;

    /** Whether every content word of {@code term} stands in {@code typed}, not within reach of a negation. */
    private static int find(Phrase typed, Phrase term, Lexicon lexicon) {
        List<Token> words = typed.tokens();
        boolean slip = false;
        for (Token want : term.content()) {
            int at = -1;
            for (int i = 0; i < words.size() && at < 0; i++) {
                if (PhraseMatcher.same(words.get(i), want)) {
                    at = i;
                }
            }
            for (int i = 0; i < words.size() && at < 0; i++) {
                Token t = words.get(i);
                if (!lexicon.knows(t.typed()) && Typos.isSlip(t.typed(), want.word())) {
                    at = i;
                    slip = true;
                }
            }
            if (at < 0 || negated(words, at)) {
                return NOT_FOUND;
            }
        }
        return term.content().isEmpty() ? NOT_FOUND : slip ? SLIP : EXACT;
    }

    private static boolean negated(List<Token> words, int at) {
        for (int i = Math.max(0, at - NEGATION_REACH); i < at; i++) {
            if (Phrase.NEGATIONS.contains(words.get(i).word()) || Phrase.REVERSING.contains(words.get(i).stem())) {
                return true;
            }
        }
        return false;
    }
}
