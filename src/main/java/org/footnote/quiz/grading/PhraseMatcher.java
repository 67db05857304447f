package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a typed answer with one right form, word by word, as a teacher reads it: every word of
 * the right form must be there (in any order, in any word form, in any spelling the bank lists, or
 * with a slip of the fingers); a generic last word ("valley", "organisation") may be left out; words
 * added around it are context as long as they name nobody and nothing else: titles ("President"),
 * words of the question, and a country added after the name of a place ("Dushanbe, Tajikistan").
 */
final class PhraseMatcher {

    /** Last words of a name that a student may leave out where the rest still names it ("Fergana Valley"). */
    private static final Set<String> PLACE_HEADS = Set.of("valley", "canal", "river", "province", "region", "city",
            "town", "district", "oblast", "lake", "sea", "mountains", "mountain", "range", "plateau", "basin");
    /** The same for bodies, where at least two other words must remain ("Shanghai Cooperation"). */
    private static final Set<String> BODY_HEADS = Set.of("organization", "alliance", "bloc", "forum", "conference",
            "initiative", "programme", "program", "division", "movement", "force", "forces", "pact", "talks",
            "negotiations", "treaty", "group", "council", "commission");
    /** Titles and roles said before or after a name: never content, unless the right form has them. */
    private static final Set<String> TITLES = Set.of("president", "pres", "prime", "minister", "pm", "foreign",
            "defence", "defense", "general", "gen", "mr", "mrs", "ms", "miss", "dr", "doctor", "sir", "mayor", "colonel",
            "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "marshal", "admiral", "commander", "chief",
            "chairman", "leader", "official", "secretary", "ambassador", "deputy", "head", "king", "emir", "sheikh",
            "mullah", "imam", "former", "late", "current", "mp", "senator",
            "governor", "premier", "vice", "first", "state", "department", "adviser", "advisor", "guy", "man");
    /** Everyday short forms of words in names: "201st Motor Rifle Div", "Shanghai Coop. Org.". */
    private static final java.util.Map<String, String> SHORT_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("div", "division"), java.util.Map.entry("org", "organization"),
            java.util.Map.entry("orgn", "organization"), java.util.Map.entry("govt", "government"),
            java.util.Map.entry("gov", "government"), java.util.Map.entry("dept", "department"),
            java.util.Map.entry("natl", "national"), java.util.Map.entry("intl", "international"),
            java.util.Map.entry("int", "international"), java.util.Map.entry("assn", "association"),
            java.util.Map.entry("coop", "cooperation"), java.util.Map.entry("corp", "corporation"),
            java.util.Map.entry("rep", "republic"), java.util.Map.entry("mt", "mount"),
            java.util.Map.entry("mtn", "mountain"), java.util.Map.entry("mtns", "mountains"),
            java.util.Map.entry("univ", "university"), java.util.Map.entry("cttee", "committee"),
            java.util.Map.entry("comm", "commission"), java.util.Map.entry("mil", "military"),
            java.util.Map.entry("motorised", "motorized"), java.util.Map.entry("reg", "region"),
            java.util.Map.entry("prov", "province"), java.util.Map.entry("ctr", "center"),
            java.util.Map.entry("tech", "technical"), java.util.Map.entry("econ", "economic"),
            java.util.Map.entry("fin", "financial"), java.util.Map.entry("pct", "percent"),
            java.util.Map.entry("orgs", "organizations"), java.util.Map.entry("euro", "european"),
            java.util.Map.entry("govts", "governments"));

    /** Words that name a class of thing ("valley", "organisation", "state"), never a person. */
    static boolean isGenericNoun(String word) {
        String w = Stems.american(word);
        return PLACE_HEADS.contains(w) || BODY_HEADS.contains(w) || GENERIC.contains(w);
    }

    private static final Set<String> GENERIC = Set.of("state", "states", "union", "opposition", "front", "party",
            "army", "republic", "federation", "province", "organization", "corridor", "process", "water", "bank",
            "islamic", "national", "united", "collective", "security", "council", "committee", "assembly", "base");

    /** Words that turn an answer into its opposite when put for one another ("northern buffer zone"). */
    private static final java.util.Map<String, String> OPPOSITES = opposites("north south", "northern southern",
            "east west", "eastern western", "upper lower", "more less", "increase decrease", "rise fall", "before after",
            "first last", "pro anti", "with without", "higher lower", "import export", "imports exports", "inflow outflow",
            "strong weak", "stronger weaker", "gain loss", "growth decline", "ally enemy", "allies enemies");

    private static java.util.Map<String, String> opposites(String... pairs) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String pair : pairs) {
            String[] w = pair.split(" ");
            out.put(w[0], w[1]);
            out.put(w[1], w[0]);
        }
        return java.util.Map.copyOf(out);
    }

    /** How a typed answer met a right form. */
    record Match(boolean slip, String note, List<Token> extras) {
    }

    private final Lexicon lexicon;

    PhraseMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether every content word of {@code form} is in {@code typed}. {@code strict}: no other
     * content word may be added (dates and figures, where an added word is another date or figure).
     */
    Optional<Match> covers(Phrase typed, Phrase form, boolean strict) {
        List<Token> want = form.content();
        List<Token> have = typed.content();
        if (want.isEmpty() || have.isEmpty()) {
            return Optional.empty();
        }
        boolean[] used = new boolean[have.size()];
        boolean[] met = new boolean[want.size()];
        for (int i = 0; i < want.size(); i++) {
            for (int j = 0; j < have.size() && !met[i]; j++) {
                if (!used[j] && same(have.get(j), want.get(i))) {
                    used[j] = met[i] = true;
                }
            }
        }
        if (!allMet(met)) {
            joined(have, want, used, met);
        }
        String slipNote = null;
        for (int i = 0; i < want.size(); i++) {
            for (int j = 0; j < have.size() && !met[i]; j++) {
                Token t = have.get(j);
                Token w = want.get(i);
                if (!used[j] && Words.hasLetter(t.typed()) && !lexicon.knows(t.typed())
                        && (Typos.isSlip(t.typed(), w.word()) || Typos.isSlip(t.typed(), w.typed()))) {
                    used[j] = met[i] = true;
                    slipNote = "'" + t.typed() + "' for '" + want.get(i).word() + "'";
                }
            }
        }
        slipNote = joinedSlip(have, want, used, met, slipNote);
        int lastMissing = -1;
        for (int i = 0; i < want.size(); i++) {
            if (!met[i]) {
                if (i == want.size() - 1 && optionalHead(want)) {
                    continue;
                }
                lastMissing = i;
            }
        }
        if (lastMissing >= 0) {
            return Optional.empty();
        }
        List<Token> extras = new ArrayList<>();
        for (int j = 0; j < have.size(); j++) {
            if (!used[j]) {
                extras.add(have.get(j));
            }
        }
        if (strict && !extras.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Match(slipNote != null, slipNote, extras));
    }

    /**
     * "multivector" for "multi-vector", "Qosh Tepa" for "Qoshtepa": the same letters split otherwise.
     * Runs of words still unmatched on either side are compared by their letters run together.
     */
    private static void joined(List<Token> have, List<Token> want, boolean[] used, boolean[] met) {
        for (int i = 0; i < want.size(); i++) {
            StringBuilder letters = new StringBuilder();
            for (int k = i; k < want.size() && !met[k] && Words.hasLetter(want.get(k).word()); k++) {
                letters.append(want.get(k).word());
                if (takeRun(have, used, Stems.of(letters.toString()), letters.length(), k > i)) {
                    java.util.Arrays.fill(met, i, k + 1, true);
                    i = k;
                    break;
                }
            }
        }
    }

    /** "frontlline" for "front-line": a slip in words the student ran together. */
    private String joinedSlip(List<Token> have, List<Token> want, boolean[] used, boolean[] met, String note) {
        for (int i = 0; i + 1 < want.size(); i++) {
            if (met[i] || met[i + 1]) {
                continue;
            }
            String letters = want.get(i).word() + want.get(i + 1).word();
            for (int j = 0; j < have.size(); j++) {
                Token t = have.get(j);
                if (!used[j] && Words.hasLetter(t.typed()) && !lexicon.knows(t.typed()) && Typos.isSlip(t.typed(), letters)) {
                    used[j] = met[i] = met[i + 1] = true;
                    return "'" + t.typed() + "' for '" + want.get(i).word() + "-" + want.get(i + 1).word() + "'";
                }
            }
        }
        return note;
    }

    /** Marks a run of unused typed words whose letters make {@code target}; one word alone only if {@code wantedSeveral}. */
    private static boolean takeRun(List<Token> have, boolean[] used, String target, int length, boolean wantedSeveral) {
        for (int from = 0; from < have.size(); from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < have.size() && !used[to] && Words.hasLetter(have.get(to).word())
                    && run.length() <= length + 4; to++) {
                run.append(have.get(to).word());
                if ((to > from || wantedSeveral) && Stems.of(run.toString()).equals(target)) {
                    java.util.Arrays.fill(used, from, to + 1, true);
                    return true;
                }
            }
        }
        return false;
    }

    static boolean same(Token have, Token want) {
        return have.stem().equals(want.stem()) || have.word().equals(want.word())
                || SHORT_WORDS.getOrDefault(have.word(), "").equals(want.word())
                || Stems.of(SHORT_WORDS.getOrDefault(have.word(), "")).equals(want.stem());
    }

    private static boolean allMet(boolean[] met) {
        for (boolean m : met) {
            if (!m) {
                return false;
            }
        }
        return true;
    }

    private static boolean optionalHead(List<Token> want) {
        String last = Stems.american(want.getLast().word());
        return PLACE_HEADS.contains(last) && want.size() >= 2 || BODY_HEADS.contains(last) && want.size() >= 3;
    }

    /**
     * Why the words added to the answer change it, if they do: a negation; another country beside a
     * country, another person beside a person ("Rahmon Nabiyev", "Uzbekistan, Kyrgyzstan"); another
     * of the bank's people, places or bodies named alongside ("the US and the EU"); another year.
     * Names that only place or qualify the answer are context: after a preposition ("Dushanbe in
     * Tajikistan"), possessive ("China's Xinjiang"), in brackets, or a country after a place.
     */
    Optional<String> objection(List<Token> extras, Phrase typed, Phrase form, Set<String> allowedStems,
                               List<String> answerWords, boolean answerIsPerson, boolean namesMatter, boolean pairingPrompt) {
        if (typed.negated() && !form.negated()) {
            return Optional.of("the answer is negated");
        }
        boolean answerIsCountry = lexicon.isCountry(answerWords);
        Set<Token> countryWords = countryWords(typed);
        for (Token t : extras) {
            String opposite = OPPOSITES.get(t.word());
            if (opposite != null && answerWords.contains(opposite)) {
                return Optional.of("'" + t.typed() + "' contradicts '" + opposite + "'");
            }
            if (Phrase.REVERSING.contains(t.stem()) && !allowedStems.contains(t.stem())) {
                return Optional.of("'" + t.typed() + "' turns the answer around");
            }
        }
        Set<String> answerStems = new HashSet<>();
        form.tokens().forEach(t -> answerStems.add(t.stem()));
        for (Token t : extras) {
            boolean namesSomething = countryWords.contains(t) || lexicon.isName(t.word()) || lexicon.isRival(t.word());
            boolean echoesPairing = pairingPrompt && allowedStems.contains(t.stem());
            if (namesMatter && t.joined() && !t.context() && !t.denied() && namesSomething && !answerStems.contains(t.stem())
                    && !echoesPairing) {
                return Optional.of("it names more than one: '" + t.typed() + "'"); // "Dushanbe and Khujand", even from the question
            }
            if (allowedStems.contains(t.stem()) || TITLES.contains(t.word()) || t.denied() && t.aside()) {
                continue;
            }
            boolean country = countryWords.contains(t) || lexicon.isDemonym(t.word());
            if (country && !t.context() && answerWords.stream().anyMatch(w -> lexicon.isDemonym(w)
                    || lexicon.isCountry(List.of(w)))) {
                return Optional.of("it names another country: '" + t.typed() + "'");
            }
            boolean nameLike = country || lexicon.isRival(t.word()) || lexicon.isName(t.word()) || lexicon.isName(t.typed())
                    || lexicon.isPersonWord(t.word()) || !lexicon.knows(t.word()) && Words.hasLetter(t.word());
            if (country && answerIsCountry && !t.context() || answerIsPerson && lexicon.isPersonWord(t.word()) && !t.context()) {
                return Optional.of("it also names '" + t.typed() + "'");
            }
            if (namesMatter && !country && lexicon.isRival(t.word()) && !t.context() && !t.aside()) {
                return Optional.of("it also names '" + t.typed() + "'");
            }
            boolean singleWord = answerWords.stream().filter(w -> !Phrase.FILLER.contains(w)).count() == 1;
            if (namesMatter && t.joined() && !t.context() && (nameLike || singleWord && Words.hasLetter(t.word()))) {
                return Optional.of("it names more than one: '" + t.typed() + "'");
            }
            if (t.word().matches("1\\d{3}|20\\d{2}")) {
                return Optional.of("it names another year (" + t.word() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * A name in a cause that neither the question nor its source gives ("tensions with Kyrgyzstan"
     * where the passage speaks of Afghanistan): the answer is about something else.
     */
    Optional<String> stranger(Phrase typed, Set<String> allowedStems) {
        Set<Token> countryWords = countryWords(typed);
        for (Token t : typed.content()) {
            if (allowedStems.contains(t.stem()) || t.denied()) {
                continue;
            }
            String country = countryWords.contains(t) ? t.word() : lexicon.countryOfDemonym(t.word());
            if (country != null && !allowedStems.contains(Stems.of(country))
                    && lexicon.countryWords(country).stream().noneMatch(w -> allowedStems.contains(Stems.of(w)))) {
                return Optional.of("'" + t.typed() + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * A person's surname comes last: a word of the answer followed by another name ("Rahmon Nabiyev")
     * names someone else, whereas first names, initials and patronymics come before it.
     */
    Optional<String> surnameTaken(Phrase typed, List<Token> extras) {
        List<Token> tokens = typed.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token here = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (!extras.contains(here) && !Phrase.FILLER.contains(here.word()) && extras.contains(next)
                    && next.part() == here.part() && !TITLES.contains(next.word()) && Words.hasLetter(next.word())
                    && (!lexicon.knows(next.typed()) || lexicon.isPersonWord(next.typed()))) {
                return Optional.of("another name after it: '" + next.typed() + "'");
            }
        }
        return Optional.empty();
    }

    private Set<Token> countryWords(Phrase typed) {
        Set<Token> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Token> tokens = typed.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int n = lexicon.countryAt(tokens, i);
            for (int k = i; k < i + n; k++) {
                out.add(tokens.get(k));
            }
            i += Math.max(0, n - 1);
        }
        return out;
    }

    static Set<String> stems(Phrase phrase) {
        Set<String> out = new HashSet<>();
        phrase.tokens().forEach(t -> out.add(t.stem()));
        return out;
    }
}
