package org.footnote.quiz.grading;

import java.util.Map;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Word forms that mean the same: singular and plural, "invested" and "investment", British and
 * American spelling. Inflection is left to Snowball's English (Porter2) stemmer, as shipped in
 * Lucene's analysis module; only the spelling differences between British and American English,
 * which no stemmer folds, are ours. Both sides of every comparison pass through here, so a fold
 * never has to be right about a word, only consistent.
 */
final class Stems {

    private static final Pattern IZE = Pattern.compile("is(e|es|ed|ing|ation|ations|er|ers)$");
    private static final Pattern YSE = Pattern.compile("ys(e|es|ed|ing)$");
    private static final Pattern OUR = Pattern.compile("(?<=[a-z]{2})our(s|ed|ing|ful|hood|able|ite|ites)?$");
    private static final Pattern TRE = Pattern.compile("(?<=[a-z]{3})tre(s)?$");
    private static final Pattern ENCE = Pattern.compile("^(defen|offen|licen|preten)ce(s)?$");
    /** Plurals and spellings no rule derives. */
    private static final Map<String, String> IRREGULAR = Map.of("grey", "gray", "crises", "crisis",
            "analyses", "analysis", "hypotheses", "hypothesis", "criteria", "criterion", "phenomena", "phenomenon",
            "men", "man", "women", "woman");
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Stems() {
    }

    /** The stem of one folded word; numbers stay as they are. */
    static String of(String word) {
        if (word.isEmpty() || Words.isNumber(word) || word.length() <= 2) {
            return word;
        }
        String american = american(word);
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(american);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static String american(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        String s = IZE.matcher(word).replaceFirst("iz$1");
        s = YSE.matcher(s).replaceFirst("yz$1");
        s = OUR.matcher(s).replaceFirst("or$1");
        s = TRE.matcher(s).replaceFirst("ter$1");
        return ENCE.matcher(s).replaceFirst("$1se$2");
    }
}
