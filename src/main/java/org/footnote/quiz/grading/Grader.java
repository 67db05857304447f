package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.QuestionSpec;

/**
 * Grades answers as a fair teacher who knows the material would: choices must match; a typed answer
 * is right when it says what the answer says, however it is written. Dates are compared as dates
 * ({@link DateGrading}), figures as figures ({@link FigureGrading}), causes by their key ideas
 * ({@link KeyIdeas}), and names and terms word by word ({@link PhraseMatcher}), with the spellings,
 * abbreviations and words of the bank in the {@link Lexicon}. Ordering earns the share of items in
 * their right place. Plain Java: the app and the bank authors' {@link GradeAnswers} build the same
 * keys and get the same verdicts.
 */
public final class Grader {

    /** Longer answers are read this far: a right answer is a phrase or two, and reading costs time. */
    static final int READ_LIMIT = 600;
    /** "X or Y", "X/Y": several answers, unless inside brackets ("China (not Russia or the West)"). */
    private static final Pattern ALTERNATIVES = Pattern.compile(
            "(?:\\s+(?:or|either)\\s+|(?<=\\p{L})\\s*/\\s*(?=\\p{L}))(?![^(\\[]*[)\\]])");

    /** "Between Tajikistan and which neighbour?": the answer may repeat the question's half of the pair. */
    private static final Pattern PAIRING = Pattern.compile("(?i)\\bbetween\\b|\\band (which|what|whom)\\b");
    /** "China, not Russia or the West": an "or" that lists what the answer is not. */
    private static final Pattern NEGATED_OR = Pattern.compile("(?i)\\b(not|neither|nor|no)\\b[^,;.]*\\bor\\b");

    private final Lexicon lexicon;
    private final PhraseMatcher phrases;

    public Grader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = new PhraseMatcher(lexicon);
    }

    /**
     * What the grader needs of a question.
     *
     * @param prompt      words of the question may be repeated in an answer without changing it
     * @param distractors a multiple choice's wrong options (a typed distractor is never a slip for the answer)
     * @param keyIdeas    for causes: each idea the answer must express, as the terms that express it
     * @param items       ordering items in their right order
     * @param passage     the quoted passage: names it gives are context in an answer, not another answer
     */
    public record Key(Kind kind, Format format, String prompt, String answer, List<String> accept,
                      List<String> distractors, List<List<String>> keyIdeas, List<String> items, String passage) {

        public Key {
            passage = passage == null ? "" : passage;
            prompt = prompt == null ? "" : prompt;
            answer = answer == null ? "" : answer;
            accept = accept == null ? List.of() : List.copyOf(accept);
            distractors = distractors == null ? List.of() : List.copyOf(distractors);
            keyIdeas = keyIdeas == null ? List.of() : keyIdeas.stream().map(List::copyOf).toList();
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** A key without its passage. */
        public Key(Kind kind, Format format, String prompt, String answer, List<String> accept,
                   List<String> distractors, List<List<String>> keyIdeas, List<String> items) {
            this(kind, format, prompt, answer, accept, distractors, keyIdeas, items, "");
        }

        /** A key without prompt, distractors, key ideas or passage. */
        public Key(Kind kind, Format format, String answer, List<String> accept, List<String> items) {
            this(kind, format, "", answer, accept, List.of(), List.of(), items, "");
        }

        /** The key of a question as the app holds it. */
        public static Key of(QuestionDetails q) {
            return new Key(q.kind(), q.format(), q.prompt(), q.answer(), q.accept(), q.distractors(), q.keyTerms(),
                    q.itemTexts(), q.source() == null ? "" : q.source().quote());
        }

        /** The key of a question as the bank files give it: the same fields as {@link #of(QuestionDetails)}. */
        public static Key of(QuestionSpec q) {
            return new Key(q.kind(), q.format(), q.prompt(), q.answer(), q.accept(), q.distractors(), q.keyTerms(),
                    q.items().stream().map(QuestionSpec.OrderingItem::text).toList(), q.quote());
        }
    }

    public Grade grade(Key key, String given) {
        return switch (key.format()) {
            case MULTIPLE_CHOICE -> given != null && given.equals(key.answer()) ? Grade.RIGHT : Grade.WRONG;
            case TRUE_FALSE -> given != null && given.strip().equalsIgnoreCase(key.answer()) ? Grade.RIGHT : Grade.WRONG;
            case SHORT_ANSWER -> typed(key, given == null ? "" : given);
            case ORDERING -> throw new IllegalArgumentException("ordering answers are graded with gradeOrdering");
        };
    }

    /** Share of items the student put in their right position; right only when all are. */
    public Grade gradeOrdering(Key key, List<String> givenOrder) {
        List<String> right = key.items();
        int inPlace = 0;
        for (int i = 0; i < right.size(); i++) {
            if (i < givenOrder.size() && right.get(i).equals(givenOrder.get(i))) {
                inPlace++;
            }
        }
        if (inPlace == right.size() && givenOrder.size() == right.size()) {
            return Grade.RIGHT;
        }
        double score = right.isEmpty() ? 0 : (double) inPlace / right.size();
        return new Grade(false, score, false, inPlace + " of " + right.size() + " in their place");
    }

    private Grade typed(Key key, String given) {
        String text = given.strip();
        if (text.isEmpty()) {
            return Grade.wrong("no answer");
        }
        if (text.length() > READ_LIMIT) {
            text = text.substring(0, READ_LIMIT);
        }
        List<String> alternatives = NEGATED_OR.matcher(text).find() ? List.of(text) : List.of(ALTERNATIVES.split(text));
        if (alternatives.size() > 1 && !ALTERNATIVES.matcher(key.answer()).find()) {
            if (text.contains("/")) {
                Grade both = one(key, text.replaceAll("\\s*/\\s*", " and ")); // "Afghanistan/Pakistan" for both
                if (both.correct()) {
                    return both;
                }
            }
            Grade worst = null;
            for (String alternative : alternatives) {
                Grade g = alternative.isBlank() ? Grade.RIGHT : one(key, alternative);
                if (!g.correct()) {
                    return Grade.wrong("more than one answer given");
                }
                worst = worst == null || g.nearMiss() ? g : worst;
            }
            return worst;
        }
        return one(key, text);
    }

    private Grade one(Key key, String typed) {
        if (key.kind() == Kind.DATE) {
            Optional<DateMention> date = DateGrading.single(key.answer());
            if (date.isPresent()) {
                List<DateMention> accepted = key.accept().stream().map(DateGrading::single).flatMap(Optional::stream).toList();
                Grade exact = exactForm(key, typed);
                return exact != null ? exact : DateGrading.grade(date.get(), accepted, key.prompt(), typed);
            }
        }
        if (key.kind() == Kind.FIGURE) {
            Optional<Figure> figure = FigureGrading.single(key.answer());
            if (figure.isPresent()) {
                List<Figure> accepted = key.accept().stream().map(FigureGrading::single).flatMap(Optional::stream).toList();
                Grade exact = exactForm(key, typed);
                return exact != null ? exact : FigureGrading.grade(figure.get(), accepted, key.prompt(), typed);
            }
        }
        return words(key, typed);
    }

    /** A date or figure question's answer typed as one of its written forms ("three quarters"). */
    private Grade exactForm(Key key, String typed) {
        Phrase given = Phrase.of(typed, lexicon);
        for (String form : forms(key)) {
            if (phrases.covers(given, Phrase.of(form, lexicon), true).filter(m -> !m.slip()).isPresent()) {
                return Grade.right(form.equals(key.answer()) ? "matches the answer" : "matches the accepted form '" + form + "'");
            }
        }
        return null;
    }

    /** Names, terms and causes: word by word against each right form, then by key ideas. */
    private Grade words(Key key, String typed) {
        Phrase given = Phrase.of(typed, lexicon);
        if (echoesPrompt(key, given)) {
            return Grade.wrong("it repeats the question's own words");
        }
        Set<String> allowed = PhraseMatcher.stems(Phrase.of(key.prompt(), lexicon));
        List<String> answerWords = Words.of(key.answer());
        String objection = null;
        Grade slip = null;
        for (String form : forms(key)) {
            Phrase right = Phrase.of(form, lexicon);
            allowed.addAll(PhraseMatcher.stems(right));
        }
        Phrase givenPlain = Phrase.plain(typed);
        for (Candidate candidate : candidates(key)) {
            Phrase read = given;
            Optional<PhraseMatcher.Match> match = phrases.covers(given, candidate.phrase(), false);
            if (match.isEmpty() || match.get().slip()) {
                // "Council of National Reconciliation" for "National Reconciliation Council": its own words,
                // where the canonical full name of its abbreviation has others
                Optional<PhraseMatcher.Match> plain = phrases.covers(givenPlain, Phrase.plain(candidate.form()), false);
                if (plain.isPresent() && (match.isEmpty() || !plain.get().slip())) {
                    match = plain;
                    read = givenPlain;
                }
            }
            if (match.isEmpty()) {
                continue;
            }
            boolean person = key.kind() == Kind.ACTOR && (lexicon.looksLikePerson(key.answer())
                    || answerWords.stream().allMatch(lexicon::isPersonWord));
            boolean named = key.kind() == Kind.ACTOR || key.kind() == Kind.PLACE || key.kind() == Kind.TERM;
            Optional<String> against = phrases.objection(match.get().extras(), read, candidate.phrase(), allowed,
                    answerWords, person, named, PAIRING.matcher(key.prompt()).find());
            if (against.isEmpty() && person) {
                against = phrases.surnameTaken(read, match.get().extras());
            }
            if (against.isPresent()) {
                objection = objection == null ? against.get() : objection;
                continue;
            }
            if (match.get().slip()) {
                if (isDistractor(key, typed)) {
                    continue;
                }
                slip = slip == null ? Grade.nearMiss("spelling slip: " + match.get().note()) : slip;
                continue;
            }
            return Grade.right(candidate.reason(given));
        }
        if (slip != null) {
            return slip;
        }
        if (!key.keyIdeas().isEmpty()) {
            key.keyIdeas().forEach(idea -> idea.forEach(term -> allowed.addAll(PhraseMatcher.stems(Phrase.of(term, lexicon)))));
            Optional<String> otherYear = given.tokens().stream().map(Token::word)
                    .filter(w -> w.matches("1\\d{3}|20\\d{2}") && !allowed.contains(w)).findFirst();
            if (otherYear.isPresent()) {
                return Grade.wrong("it names another year (" + otherYear.get() + ")");
            }
            KeyIdeas.Outcome ideas = KeyIdeas.check(given, key.keyIdeas(), lexicon);
            if (!ideas.missing().isEmpty()) {
                return Grade.wrong("missing idea: " + String.join("; ", ideas.missing()));
            }
            allowed.addAll(PhraseMatcher.stems(Phrase.of(key.passage(), lexicon)));
            Optional<String> stranger = phrases.stranger(given, allowed);
            if (stranger.isPresent()) {
                return Grade.wrong("it names " + stranger.get() + ", which the source does not tie to this");
            }
            return ideas.slip() ? Grade.nearMiss("every key idea, with a spelling slip") : Grade.right("expresses every key idea");
        }
        return Grade.wrong(objection != null ? objection : "does not match the answer");
    }

    /**
     * "BRI" for "What does BRI stand for?": an answer made only of the question's words, where the
     * right answer is not, says nothing the question did not.
     */
    private static boolean echoesPrompt(Key key, Phrase given) {
        Set<String> prompt = Set.copyOf(Words.of(key.prompt()));
        List<Token> content = given.content();
        return !content.isEmpty() && content.stream().allMatch(t -> prompt.contains(t.typed()))
                && !prompt.containsAll(Words.of(key.answer()).stream().filter(w -> !Phrase.FILLER.contains(w)).toList());
    }

    private boolean isDistractor(Key key, String typed) {
        List<String> words = Words.of(typed);
        return key.distractors().stream().anyMatch(d -> Words.of(d).equals(words));
    }

    private static List<String> forms(Key key) {
        List<String> out = new ArrayList<>();
        out.add(key.answer());
        out.addAll(key.accept());
        return out;
    }

    /** A right form to compare with, and how to say why it matched. */
    private record Candidate(Phrase phrase, String form, Source source) {

        enum Source { ANSWER, ACCEPTED, SURNAME, DEMONYM, CAPITAL }

        String reason(Phrase given) {
            boolean spelling = given.tokens().stream().anyMatch(t -> t.rewrite() == Lexicon.Equivalence.SPELLING);
            boolean abbreviation = given.tokens().stream().anyMatch(t -> t.rewrite() == Lexicon.Equivalence.ABBREVIATION);
            return switch (source) {
                case SURNAME -> "the surname names the person";
                case DEMONYM -> "'" + form + "' names the country";
                case CAPITAL -> "the capital stands for its government";
                case ANSWER, ACCEPTED -> abbreviation ? "the abbreviation or full name of '" + form + "'"
                        : spelling ? "another spelling of '" + form + "'"
                        : source == Source.ANSWER ? "matches the answer" : "matches the accepted form '" + form + "'";
            };
        }
    }

    private List<Candidate> candidates(Key key) {
        List<Candidate> out = new ArrayList<>();
        for (String form : forms(key)) {
            if (!form.isBlank()) {
                out.add(new Candidate(Phrase.of(form, lexicon), form,
                        form.equals(key.answer()) ? Candidate.Source.ANSWER : Candidate.Source.ACCEPTED));
            }
        }
        if (key.kind() == Kind.ACTOR && lexicon.looksLikePerson(key.answer())) {
            List<String> words = Words.of(key.answer());
            out.add(new Candidate(Phrase.of(words.getLast(), lexicon), words.getLast(), Candidate.Source.SURNAME));
        }
        for (String demonym : lexicon.demonymsOf(Words.of(key.answer()))) {
            out.add(new Candidate(Phrase.of(demonym, lexicon), demonym, Candidate.Source.DEMONYM));
        }
        if (key.kind() == Kind.ACTOR) {
            lexicon.capitalOf(Words.of(key.answer())).ifPresent(capital ->
                    out.add(new Candidate(Phrase.of(capital, lexicon), capital, Candidate.Source.CAPITAL)));
        }
        return out;
    }
}
