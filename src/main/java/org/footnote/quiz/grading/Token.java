package org.footnote.quiz.grading;

/**
 * One word of an answer as the grader compares it.
 *
 * @param word     the word folded (lower case, no accents), after any rewrite to its canonical form
 * @param stem     the stem of {@code word}, for comparing word forms
 * @param typed    the word as written before a rewrite (the abbreviation or other spelling)
 * @param part     which part of the answer it stands in: 0 the main text, then each bracket and each
 *                 comma-separated addition, in order
 * @param aside    whether the part is an addition (in brackets, or after a comma) rather than the main text
 * @param context  whether the word only places or qualifies the answer: after a preposition ("in China"),
 *                 possessive ("China's"), or in brackets
 * @param joined   whether an "and" comes before it in its part: it may name a second answer
 * @param denied   whether a negation comes before it in its part ("China, not Russia"): it is set aside
 * @param rewrite  why the word was rewritten, or null
 */
record Token(String word, String stem, String typed, int part, boolean aside, boolean context, boolean joined,
             boolean denied, Lexicon.Equivalence rewrite) {

    static Token of(String word, int part, boolean aside, boolean context, boolean joined, boolean denied) {
        return new Token(word, Stems.of(word), word, part, aside, context, joined, denied, null);
    }

    Token rewritten(String canonical, Lexicon.Equivalence why, String original) {
        return new Token(canonical, Stems.of(canonical), original, part, aside, context, joined, denied, why);
    }
}
