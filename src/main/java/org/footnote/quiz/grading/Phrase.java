package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An answer broken into its words, each with the part of the answer it stands in: the main text,
 * then what is added in brackets or after commas ("Dushanbe, Tajikistan"; "Collective Security
 * Treaty Organization (CSTO)"). Spellings and abbreviations are already rewritten to their canonical
 * form, so "Rakhmonov" and "Rahmon", or "CSTO" and its full name, compare equal.
 */
record Phrase(List<Token> tokens) {

    /** Words that carry no content in an answer: articles, prepositions, pronouns, "I think it was". */
    static final Set<String> FILLER = Set.of("the", "a", "an", "in", "on", "at", "of", "to", "by", "for", "from", "with",
            "into", "onto", "upon", "and", "until", "till", "til", "since", "through", "during", "within", "it", "its",
            "is", "was", "were", "are", "be", "been", "being", "i", "im", "me", "my", "think", "believe", "guess", "say",
            "says", "said", "that", "this", "these", "those", "there", "they", "them", "their", "he", "she", "his", "her",
            "him", "we", "our", "you", "your", "called", "named", "name", "known", "as", "answer", "probably", "maybe",
            "perhaps", "likely", "which", "who", "whom", "what", "so", "just", "also", "both", "either", "s", "t",
            "would", "will", "could", "had", "has", "have", "did", "do", "does", "then", "thus", "because", "due",
            "like", "about", "around", "approximately", "some", "sure", "yes", "well", "um", "uh", "ok", "okay");
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither", "none", "nobody", "nothing",
            "isnt", "wasnt", "werent", "arent", "didnt", "doesnt", "dont", "cannot", "cant", "without");
    /**
     * Stems of words that turn what follows into its opposite ("abandoned neutrality", "the lifting of
     * sanctions"), when the right answer does not say them itself.
     */
    static final Set<String> REVERSING = Set.of("abandon", "lift", "remov", "reject", "oppos", "lack", "absenc",
            "abolish", "abolit", "renounc", "revers", "cancel", "ceas", "stop", "halt", "end", "unlik", "lose", "lost",
            "loss");

    /** Words after which a name places or qualifies the answer rather than adding another one. */
    private static final Set<String> PLACING = Set.of("in", "of", "from", "near", "at", "within", "inside", "outside",
            "across", "along", "beyond", "bordering", "by", "under", "between", "against", "with", "for", "to", "on");
    private static final Pattern BRACKET = Pattern.compile("[(\\[{]([^)\\]}]*)[)\\]}]?");
    private static final Pattern COMMA = Pattern.compile("[,;]");
    private static final Pattern POSSESSOR = Pattern.compile("(\\p{L}+)'s?\\b");

    /** The words as written, without canonical spellings or abbreviations. */
    static Phrase plain(String text) {
        return of(text, null);
    }

    /** The words with every spelling and abbreviation the lexicon knows in its canonical form (none if null). */
    static Phrase of(String text, Lexicon lexicon) {
        String folded = Words.fold(text).replace("n't", "nt");
        Set<String> possessors = new java.util.HashSet<>();
        POSSESSOR.matcher(folded).results().forEach(m -> possessors.add(m.group(1)));
        List<String> asides = new ArrayList<>();
        String main = BRACKET.matcher(folded).replaceAll(m -> {
            asides.add(m.group(1));
            return " , ";
        });
        List<Token> tokens = new ArrayList<>();
        int part = 0;
        String[] pieces = COMMA.split(main, -1);
        for (int p = 0; p < pieces.length; p++) {
            add(tokens, Words.split(pieces[p]), part++, p > 0, false, possessors);
        }
        for (String aside : asides) {
            add(tokens, Words.split(aside), part++, true, true, possessors);
        }
        return new Phrase(lexicon == null ? tokens : lexicon.canonicalise(tokens));
    }

    private static void add(List<Token> tokens, List<String> words, int part, boolean aside, boolean bracketed,
                            Set<String> possessors) {
        boolean placed = false;
        boolean denied = false;
        // "Dushanbe and Khujand": every word of a part that joins two things may name a second answer.
        boolean joined = words.stream().anyMatch(w -> w.equals("and") || w.equals("plus"));
        for (String w : words) {
            placed |= PLACING.contains(w);
            tokens.add(Token.of(w, part, aside, bracketed || placed || possessors.contains(w), joined, denied));
            denied |= NEGATIONS.contains(w);
        }
    }

    /** The words that carry content, in order. */
    List<Token> content() {
        return tokens.stream().filter(t -> !FILLER.contains(t.word()) && !NEGATIONS.contains(t.word())).toList();
    }

    /** Whether the main text is negated ("not Moscow"); "China (not Russia)" only sets others aside. */
    boolean negated() {
        return tokens.stream().anyMatch(t -> !t.aside() && NEGATIONS.contains(t.word()));
    }

    List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }
}
