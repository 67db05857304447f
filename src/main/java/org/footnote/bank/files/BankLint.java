package org.footnote.bank.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionSpec;

/**
 * Warnings about questions that give their answer away without breaking a rule: the answer is the
 * longest option, or of another type than its distractors; a false statement made false by one
 * absolute word; two claims in one true-false statement; a prompt that contains its answer or cites
 * it as a year; an answer asked again and again; an ordering whose right order is the order of the
 * document, or whose items all come from one sentence; a "cause" that states no cause. Plain Java:
 * shown on the Bank page and counted by a test whose ceilings can only go down.
 */
public final class BankLint {

    /** One warning, with the rule it comes from. */
    public record Warning(String questionId, Rule rule, String message) {
    }

    /** The rules, as the Bank page names them. */
    public enum Rule {
        LONGEST_OPTION("The answer is the longest option"),
        OPTION_TYPES("Options of different types"),
        ABSOLUTE_WORD("False by one absolute word"),
        TWO_CLAIMS("Two claims in one statement"),
        PROMPT_GIVES_ANSWER("The question gives the answer away"),
        DOCUMENT_ORDER("Ordered as the document reads"),
        ONE_SENTENCE("Ordering items from one sentence"),
        NO_CAUSE_STATED("A cause question states no cause");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How many questions must tie a title to one person before the title gives the person away. */
    static final int TELLING_ROLE = 3;
    private static final Set<String> TITLES = Set.of("president", "minister", "premier", "mayor", "leader", "general",
            "chairman", "head", "king", "emir", "commander", "ambassador", "secretary", "prime");
    private static final Pattern ABSOLUTE = Pattern.compile("\\b(only|already|never|always|all|none|solely|exclusively|"
            + "entirely|completely|fully|sole|every|nothing|no longer|without any|at all|any)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\band\\b|\\bbut\\b|;|,\\s*while\\b|,\\s*whereas\\b|\\balthough\\b");
    private static final Pattern FINITE_VERB = Pattern.compile("\\b(is|was|were|are|has|had|have|did|does|do|will|would|"
            + "could|can|became|becomes|made|gave|took|said|says|sent|left|kept|began|led|won|lost|[a-z]{3,}ed)\\b");
    private static final Pattern CAUSAL = Pattern.compile("\\b(because|due to|owing to|thanks to|as a result|result(ed|s)? in|"
            + "led to|leads to|lead to|caused?|causes|reason|so that|in order to|why|since|consequen\\w*|prompt(ed|s)?|"
            + "dr(ove|ives|iven)|motivat\\w*|to (avoid|secure|protect|prevent|gain|reduce|keep|counter|balance|ensure)|"
            + "aim(ed|s)? (at|to)|purpose|goal|fear(ed|s)?|concern(ed|s)?|in response|response to|so as to|"
            + "contribut\\w*|explain\\w*|made (it|them)|forced|allowed|enabled|helped|hinder\\w*|strain\\w*|depend\\w*)\\b");
    private static final Pattern CITED_YEAR = Pattern.compile("\\((?:[^)]*?)(\\d{4})\\)");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

    private final Map<String, DocumentSpec> documents;
    private final Map<String, String> canonical = new HashMap<>();

    /**
     * @param nameVariants spellings of one name: a prompt with another spelling of its answer gives it away
     *                     (abbreviations do not: "What does BRI stand for?" is a fair question)
     */
    public BankLint(List<DocumentSpec> documents, List<List<String>> nameVariants) {
        this.documents = documents.stream().collect(Collectors.toMap(DocumentSpec::id, d -> d, (a, b) -> a));
        for (List<String> group : nameVariants) {
            group.forEach(n -> canonical.put(fold(n), fold(group.getFirst())));
        }
    }

    public static BankLint of(ParsedBank bank) {
        return new BankLint(bank.documents(), bank.nameVariants());
    }

    /** Every warning of the given questions (the bank's active ones), in their order. */
    public List<Warning> check(List<QuestionSpec> questions) {
        List<Warning> out = new ArrayList<>();
        Map<String, String> tellingRoles = tellingRoles(questions);
        for (QuestionSpec q : questions) {
            if (q.format() == null || q.kind() == null) {
                continue;
            }
            switch (q.format()) {
                case MULTIPLE_CHOICE -> choices(q, out);
                case TRUE_FALSE -> statement(q, out);
                case ORDERING -> ordering(q, out);
                case SHORT_ANSWER -> { }
            }
            if (q.format() == Format.MULTIPLE_CHOICE || q.format() == Format.SHORT_ANSWER) {
                givesAway(q, out);
                String role = q.kind() == Kind.ACTOR ? roleIn(q, tellingRoles) : null;
                if (role != null && out.stream().noneMatch(w -> w.questionId().equals(q.id()) && w.rule() == Rule.PROMPT_GIVES_ANSWER)) {
                    out.add(new Warning(q.id(), Rule.PROMPT_GIVES_ANSWER, "'" + role + "' names '" + q.answer()
                            + "' in every question that says it: ask by what the person did, not by the title"));
                }
            }
        }
        return out;
    }

    /** Counts by rule, for the Bank page and the ceiling test. */
    public static Map<Rule, Long> count(List<Warning> warnings) {
        Map<Rule, Long> out = new java.util.EnumMap<>(Rule.class);
        for (Rule r : Rule.values()) {
            out.put(r, warnings.stream().filter(w -> w.rule() == r).count());
        }
        return out;
    }

    private void choices(QuestionSpec q, List<Warning> out) {
        if (q.distractors().isEmpty()) {
            return;
        }
        int key = q.answer().strip().length();
        int longest = q.distractors().stream().mapToInt(d -> d.strip().length()).max().orElse(0);
        if (key > longest && key - longest >= Math.max(3, longest / 10)) {
            out.add(new Warning(q.id(), Rule.LONGEST_OPTION, "the answer has " + key + " characters, the longest distractor "
                    + longest + ": make the options alike in length and detail"));
        }
        if (q.kind() != Kind.CAUSE) {
            Shape shape = Shape.of(q.answer(), q.kind());
            for (String d : q.distractors()) {
                Shape other = Shape.of(d, q.kind());
                if (other != shape && words(d) <= 5 && words(q.answer()) <= 5) {
                    out.add(new Warning(q.id(), Rule.OPTION_TYPES, "'" + d + "' is " + other.label + " but the answer is "
                            + shape.label));
                }
            }
        }
    }

    private void statement(QuestionSpec q, List<Warning> out) {
        String text = statementOf(q.prompt());
        if ("false".equalsIgnoreCase(q.answer())) {
            Matcher m = ABSOLUTE.matcher(text);
            if (m.find()) {
                out.add(new Warning(q.id(), Rule.ABSOLUTE_WORD, "false because of '" + m.group(1).toLowerCase(Locale.ROOT)
                        + "'? Students learn to distrust absolute words rather than the fact: make it false by its content"));
            }
        }
        String[] clauses = CLAUSE_BREAK.split(text.toLowerCase(Locale.ROOT));
        long withVerb = java.util.Arrays.stream(clauses).filter(c -> FINITE_VERB.matcher(c).find()).count();
        if (withVerb >= 2) {
            out.add(new Warning(q.id(), Rule.TWO_CLAIMS, "two claims in one statement: a student who knows one of them "
                    + "cannot say which makes it " + q.answer().toLowerCase(Locale.ROOT)));
        }
        if (q.kind() == Kind.CAUSE && !CAUSAL.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            out.add(new Warning(q.id(), Rule.NO_CAUSE_STATED, "labelled a cause, but the statement names no cause or "
                    + "consequence (because, led to, in order to, ...)"));
        }
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    /** "True or false: X" is judged on X. */
    private static String statementOf(String prompt) {
        return prompt.replaceFirst("(?i)^\\s*true or false\\s*[:?.-]\\s*", "");
    }

    private void givesAway(QuestionSpec q, List<Warning> out) {
        String prompt = " " + fold(q.prompt()) + " ";
        List<String> forms = new ArrayList<>(List.of(q.answer()));
        forms.addAll(q.accept());
        for (String form : forms) {
            String f = fold(form);
            if (f.length() >= 3 && !YEAR.matcher(f).matches() && (prompt.contains(" " + f + " ")
                    || canonicalPrompt(prompt).contains(" " + canonicalName(form) + " "))) {
                out.add(new Warning(q.id(), Rule.PROMPT_GIVES_ANSWER, "the question contains its answer ('" + form + "')"));
                return;
            }
        }
        if (q.kind() == Kind.DATE) {
            Matcher m = CITED_YEAR.matcher(q.prompt());
            while (m.find()) {
                if (q.answer().strip().equals(m.group(1))) {
                    out.add(new Warning(q.id(), Rule.PROMPT_GIVES_ANSWER, "the citation's year (" + m.group(1)
                            + ") is the answer"));
                    return;
                }
            }
        }
    }

    /**
     * Titles that, across the bank's questions, always lead to the same person ("Tajik president" to
     * Rahmon): a pair of prompt words, one of them a title, said in at least {@link #TELLING_ROLE}
     * questions about people that all have one answer. Maps the pair to that answer.
     */
    private Map<String, String> tellingRoles(List<QuestionSpec> questions) {
        Map<String, java.util.Set<String>> answers = new HashMap<>();
        Map<String, Integer> times = new HashMap<>();
        for (QuestionSpec q : questions) {
            if (q.kind() != Kind.ACTOR || q.format() == Format.TRUE_FALSE || q.format() == Format.ORDERING) {
                continue;
            }
            for (String pair : titlePairs(q.prompt())) {
                String name = canonicalName(q.answer());
                answers.computeIfAbsent(pair, k -> new java.util.HashSet<>()).add(name.substring(name.lastIndexOf(' ') + 1));
                times.merge(pair, 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        times.forEach((pair, n) -> {
            if (n >= TELLING_ROLE && answers.get(pair).size() == 1) {
                out.put(pair, answers.get(pair).iterator().next());
            }
        });
        return out;
    }

    private String roleIn(QuestionSpec q, Map<String, String> tellingRoles) {
        return titlePairs(q.prompt()).stream().filter(tellingRoles::containsKey).findFirst().orElse(null);
    }

    /** Pairs of nearby prompt words, one a title: "tajik president", "president tajikistan" (as "president tajik"). */
    private static Set<String> titlePairs(String prompt) {
        List<String> words = java.util.Arrays.stream(fold(prompt).split(" "))
                .filter(w -> w.length() > 2 && !Set.of("the", "and", "which", "who", "what", "whom").contains(w))
                .map(w -> w.replaceFirst("istan$", "")).toList();
        Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!TITLES.contains(words.get(i))) {
                continue;
            }
            for (int j = Math.max(0, i - 2); j <= Math.min(words.size() - 1, i + 2); j++) {
                if (j != i && !TITLES.contains(words.get(j))) {
                    out.add(words.get(i) + " " + words.get(j));
                }
            }
        }
        return out;
    }

    private void ordering(QuestionSpec q, List<Warning> out) {
        if (q.items().size() < 2) {
            return;
        }
        if (q.items().stream().map(i -> fold(i.quote())).distinct().count() == 1) {
            out.add(new Warning(q.id(), Rule.ONE_SENTENCE, "every item comes from one passage: the order is read off "
                    + "one sentence"));
        }
        List<Integer> positions = new ArrayList<>();
        for (QuestionSpec.OrderingItem item : q.items()) {
            DocumentSpec d = documents.get(item.documentId());
            int at = d == null ? -1 : TextMatch.fold(d.body()).indexOf(TextMatch.fold(item.quote()));
            if (at < 0 || !Objects.equals(item.documentId(), q.items().getFirst().documentId())) {
                return;
            }
            positions.add(at);
        }
        boolean reading = true;
        for (int i = 1; i < positions.size(); i++) {
            reading &= positions.get(i) > positions.get(i - 1);
        }
        if (reading) {
            out.add(new Warning(q.id(), Rule.DOCUMENT_ORDER, "the right order is the order in which the document "
                    + "mentions the items: choose events it tells out of order, or from several documents"));
        }
    }

    private String canonicalName(String text) {
        return java.util.Arrays.stream(fold(text).split(" ")).map(w -> canonical.getOrDefault(w, w))
                .collect(Collectors.joining(" "));
    }

    private String canonicalPrompt(String folded) {
        return " " + canonicalName(folded.strip()) + " ";
    }

    private static String fold(String text) {
        return TextMatch.fold(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").replaceAll("\\s+", " ")
                .strip();
    }

    /** What kind of thing an option is, as a student sees it at a glance. */
    private enum Shape {
        YEAR("a year"), MONTH("a month and year"), DAY("a full date"), FIGURE("a figure"), NAME("a name"),
        PHRASE("a description");

        private static final Pattern MONTHS = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b");
        private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "in", "on", "de", "al", "-", "an", "a");
        private final String label;

        Shape(String label) {
            this.label = label;
        }

        /** Names and descriptions are told apart only for people and places; a figure may look like a year. */
        static Shape of(String option, Kind kind) {
            String s = option.strip();
            if (s.matches("\\d{4}")) {
                return kind == Kind.FIGURE ? FIGURE : YEAR;
            }
            boolean month = MONTHS.matcher(s).find() && s.matches(".*\\d{4}.*");
            if (month) {
                return s.matches(".*\\b\\d{1,2}\\b.*") ? DAY : MONTH;
            }
            if (s.matches("^(about |around |over |some |nearly |almost |more than |less than )?[$~\u20ac\u00a3]?\\d.*")) {
                return FIGURE;
            }
            if (kind != Kind.ACTOR && kind != Kind.PLACE) {
                return NAME;
            }
            boolean allCapitalised = java.util.Arrays.stream(s.split("\\s+"))
                    .allMatch(w -> SMALL.contains(w.toLowerCase(Locale.ROOT)) || !w.isEmpty() && !Character.isLowerCase(w.charAt(0)));
            return allCapitalised ? NAME : PHRASE;
        }
    }
}
