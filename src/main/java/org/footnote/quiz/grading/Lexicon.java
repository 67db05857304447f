package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the grader knows of the bank as a whole: spellings of one name (names.yaml), abbreviations
 * and their full names (abbreviations.yaml), every word of the documents and questions (so a
 * spelling slip is never taken for a word that exists, such as another name), which of them are
 * names, and the names of countries (from the JDK's locale data). Built once per bank.
 */
public final class Lexicon {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\u2019-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"\u201c\u201d()\\[\\]\\n]");

    /** Folded phrase (words joined by spaces) to the words it stands for. */
    private final Map<String, Rewrite> rewrites = new HashMap<>();
    private int longestRewrite = 1;
    private final Set<String> knownWords = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private int longestCountry = 1;
    /** Words of the people, places and bodies the bank's questions name, where they are names. */
    private final Set<String> rivals = new HashSet<>();
    /** Words of people's names: the bank's people and the spellings in names.yaml. */
    private final Set<String> people = new HashSet<>();
    private final List<List<String>> spellingGroups = new ArrayList<>();
    private final Map<String, List<String>> demonyms = new HashMap<>();
    private final Set<String> demonymWords = new HashSet<>();

    /** Why two forms count as one: another spelling of a name, or an abbreviation and its full name. */
    enum Equivalence { SPELLING, ABBREVIATION }

    record Rewrite(List<String> words, Equivalence why) {
    }

    private Lexicon() {
    }

    /** The lexicon of a bank, from the bank files or the database alike. */
    public static Lexicon of(org.footnote.bank.GradingVocabulary vocabulary) {
        Lexicon lexicon = of(vocabulary.spellings(), vocabulary.abbreviations(), vocabulary.texts());
        lexicon.learnAnswers(vocabulary.answers());
        return lexicon;
    }

    /** The bank's answers and distractors: who and what else an answer could name. */
    private void learnAnswers(Map<org.footnote.bank.Kind, List<String>> answers) {
        for (var kind : List.of(org.footnote.bank.Kind.ACTOR, org.footnote.bank.Kind.PLACE, org.footnote.bank.Kind.TERM)) {
            for (String form : answers.getOrDefault(kind, List.of())) {
                List<String> words = Words.of(form);
                for (String w : words) {
                    if (names.contains(w) && !PhraseMatcher.isGenericNoun(w) && !Phrase.FILLER.contains(w)) {
                        rivals.add(w);
                    }
                }
                if (kind == org.footnote.bank.Kind.ACTOR && looksLikePerson(form)) {
                    people.addAll(words);
                }
            }
        }
        // Other spellings of the people's names are people's names too.
        for (List<String> group : spellingGroups) {
            List<String> words = group.stream().flatMap(n -> Words.of(n).stream()).toList();
            if (words.stream().anyMatch(people::contains)) {
                people.addAll(words);
            }
        }
        people.removeIf(w -> !names.contains(w));
    }

    /** "Yevgeny Primakov": two to four capitalised words, none of them a country or a generic noun. */
    boolean looksLikePerson(String form) {
        String[] raw = form.strip().split("\\s+");
        if (raw.length < 2 || raw.length > 4) {
            return false;
        }
        for (String w : raw) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        List<String> words = Words.of(form);
        return !isCountry(words) && !isCountry(List.of(words.getLast()))
                && words.stream().noneMatch(PhraseMatcher::isGenericNoun);
    }

    /**
     * @param nameGroups    spellings of one name; the first is the one shown
     * @param abbreviations each group: the full name first, then its abbreviations and other names
     * @param texts         the documents and questions, whose words are known to be words
     */
    public static Lexicon of(List<List<String>> nameGroups, List<List<String>> abbreviations, Collection<String> texts) {
        Lexicon lexicon = new Lexicon();
        lexicon.addCountries();
        nameGroups.forEach(g -> lexicon.addGroup(g, Equivalence.SPELLING, true));
        lexicon.spellingGroups.addAll(nameGroups);
        abbreviations.forEach(g -> lexicon.addGroup(g, Equivalence.ABBREVIATION, false));
        lexicon.learn(texts);
        return lexicon;
    }

    private void addGroup(List<String> group, Equivalence why, boolean areNames) {
        if (group.isEmpty()) {
            return;
        }
        List<String> canonical = Words.of(group.getFirst());
        for (String form : group) {
            List<String> words = Words.of(form);
            if (words.isEmpty()) {
                continue;
            }
            knownWords.addAll(words);
            if (areNames || why == Equivalence.ABBREVIATION && words.size() == 1) {
                names.addAll(words);
            }
            if (!words.equals(canonical)) {
                rewrites.put(String.join(" ", words), new Rewrite(canonical, why));
                longestRewrite = Math.max(longestRewrite, words.size());
            }
        }
    }

    private void addCountries() {
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            // "Myanmar (Burma)", "Congo - Kinshasa": each part names the country.
            for (String part : name.split("[()\\-]")) {
                List<String> words = Words.of(part);
                if (!words.isEmpty()) {
                    countries.add(String.join(" ", words));
                    names.addAll(words.stream().filter(w -> w.length() > 3).toList());
                    knownWords.addAll(words);
                }
            }
        }
        countries.addAll(List.of("usa", "us", "america", "united states of america", "uk", "britain", "great britain",
                "turkey", "russian federation", "prc", "people republic of china", "ussr", "soviet union"));
        countries.forEach(c -> longestCountry = Math.max(longestCountry, c.split(" ").length));
        for (String[] row : DEMONYMS) {
            demonyms.put(row[0], List.of(row).subList(1, row.length));
            demonymWords.addAll(List.of(row).subList(1, row.length));
        }
    }

    /** Adjectives of the countries the documents deal with: "the Chinese" built the complex, "the Afghan border". */
    private static final String[][] DEMONYMS = {
        {"afghanistan", "afghan", "afghans"}, {"china", "chinese"}, {"russia", "russian", "russians"},
        {"united states", "american", "americans"}, {"uzbekistan", "uzbek", "uzbeks"},
        {"kyrgyzstan", "kyrgyz"}, {"kazakhstan", "kazakh", "kazakhs"}, {"tajikistan", "tajik"},
        {"turkmenistan", "turkmen"}, {"pakistan", "pakistani", "pakistanis"}, {"iran", "iranian", "iranians"},
        {"india", "indian", "indians"}, {"ukraine", "ukrainian", "ukrainians"}, {"turkey", "turkish"},
        {"united kingdom", "british"}, {"france", "french"}, {"germany", "german"}, {"japan", "japanese"}};

    /** "chinese" for China: the adjectives that name a country's people or government. */
    List<String> demonymsOf(List<String> country) {
        return demonyms.getOrDefault(String.join(" ", country), List.of());
    }

    /** Capitals that stand for their governments ("Beijing is building it"), for the countries of the documents. */
    private static final Map<String, String> CAPITALS = Map.of("china", "beijing", "russia", "moscow",
            "united states", "washington", "uzbekistan", "tashkent", "afghanistan", "kabul", "tajikistan", "dushanbe",
            "kyrgyzstan", "bishkek", "kazakhstan", "astana", "iran", "tehran", "pakistan", "islamabad");

    /** The capital that stands for a country's government, if the documents' region has it. */
    java.util.Optional<String> capitalOf(List<String> country) {
        return java.util.Optional.ofNullable(CAPITALS.get(String.join(" ", country)));
    }

    /** How many words from {@code from} name a country ("united states" gives 2), or 0. */
    int countryAt(List<Token> tokens, int from) {
        for (int n = Math.min(longestCountry, tokens.size() - from); n >= 1; n--) {
            StringBuilder phrase = new StringBuilder();
            for (int k = from; k < from + n; k++) {
                phrase.append(k > from ? " " : "").append(tokens.get(k).word());
            }
            if (countries.contains(phrase.toString())) {
                return n;
            }
        }
        return 0;
    }

    boolean isDemonym(String word) {
        return demonymWords.contains(word);
    }

    /** The country an adjective or capital stands for ("chinese", "beijing" give "china"), or null. */
    String countryOfDemonym(String word) {
        for (var e : demonyms.entrySet()) {
            if (e.getValue().contains(word)) {
                return e.getKey();
            }
        }
        for (var e : CAPITALS.entrySet()) {
            if (e.getValue().equals(word)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A country's name, adjectives and capital: the words that stand for it. */
    List<String> countryWords(String country) {
        List<String> out = new ArrayList<>(List.of(country.split(" ")));
        out.addAll(demonyms.getOrDefault(country, List.of()));
        capitalOf(List.of(country.split(" "))).ifPresent(out::add);
        return out;
    }

    boolean isRival(String word) {
        return rivals.contains(word);
    }

    boolean isPersonWord(String word) {
        return people.contains(word);
    }

    /** Every word of the texts is known; words written with a capital inside sentences, and never without, are names. */
    private void learn(Collection<String> texts) {
        Set<String> capitalised = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                Matcher m = WORD.matcher(sentence);
                boolean first = true;
                while (m.find()) {
                    String raw = m.group();
                    boolean acronym = raw.length() >= 2 && raw.equals(raw.toUpperCase(Locale.ROOT));
                    for (String w : Words.of(raw)) {
                        knownWords.add(w);
                        if (acronym) {
                            acronyms.add(w);
                        }
                        if (Character.isUpperCase(raw.codePointAt(0))) {
                            if (!first) {
                                capitalised.add(w);
                            }
                        } else {
                            lower.add(w);
                        }
                    }
                    first = false;
                }
            }
        }
        capitalised.removeAll(lower);
        capitalised.removeIf(w -> w.length() < 3);
        names.removeAll(lower); // a spelling that is also an everyday word ("said") names nobody by itself
        // nor is it rewritten into the name it may spell ("us" stays the abbreviation it is)
        rewrites.entrySet().removeIf(e -> e.getValue().why() == Equivalence.SPELLING && lower.contains(e.getKey()));
        names.addAll(capitalised);
        names.addAll(acronyms);
    }

    /**
     * The words with every other spelling and abbreviation replaced by its canonical form, longest
     * phrase first: "rakhmonov" gives "rahmon", "csto" gives "collective security treaty organization".
     */
    List<Token> canonicalise(List<Token> words) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        next:
        while (i < words.size()) {
            for (int n = Math.min(longestRewrite, words.size() - i); n >= 1; n--) {
                if (!samePart(words, i, n)) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    phrase.append(k > i ? " " : "").append(words.get(k).word());
                }
                Rewrite rewrite = rewrites.get(phrase.toString());
                if (rewrite == null && n > 1) {
                    rewrite = rewrites.get(phrase.toString().replace(" ", "")); // "Sin-kiang" for "Sinkiang"
                }
                if (rewrite != null) {
                    Token first = words.get(i);
                    for (String w : rewrite.words()) {
                        out.add(first.rewritten(w, rewrite.why(), phrase.toString()));
                    }
                    i += n;
                    continue next;
                }
            }
            out.add(words.get(i));
            i++;
        }
        return out;
    }

    private static boolean samePart(List<Token> words, int from, int n) {
        for (int k = from + 1; k < from + n; k++) {
            if (words.get(k).part() != words.get(from).part()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word stands anywhere in the bank, the documents or the list of countries. */
    boolean knows(String word) {
        return knownWords.contains(word);
    }

    /** Whether the word is (part of) a name: of a person, place, organisation or country. */
    boolean isName(String word) {
        return names.contains(word);
    }

    boolean isCountry(List<String> words) {
        return countries.contains(String.join(" ", words));
    }

    /** No names, abbreviations or texts: only the countries. Declared last, after the tables it reads. */
    public static final Lexicon EMPTY = of(List.of(), List.of(), List.of());
}
