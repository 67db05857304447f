package org.footnote.bank.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footnote.bank.Format;
import org.footnote.bank.JsonLists;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionField;
import org.footnote.bank.QuestionSpec;

/**
 * The rules (docs/architecture.md, "The question bank's place"; question-bank/README.md) that relate questions to each other and to their
 * documents. Reports every breach with file, line and reason. Used on the bank files at start-up
 * and in the build, and on every question an instructor saves.
 */
public final class BankValidator {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MIN_DISTRACTORS = 3;
    static final int MIN_ORDERING_ITEMS = 3;

    private final Map<String, DocumentSpec> documents;

    public BankValidator(List<DocumentSpec> documents) {
        this.documents = documents.stream().collect(Collectors.toMap(DocumentSpec::id, Function.identity(), (a, b) -> a));
    }

    /** Every problem of the parsed bank: those found reading it and those of its rules. */
    public static List<BankProblem> validate(ParsedBank bank) {
        List<BankProblem> problems = new ArrayList<>(bank.problems());
        problems.addAll(documentProblems(bank.documents()));
        problems.addAll(groupProblems(bank.nameVariants(), bank.abbreviations()));
        var validator = new BankValidator(bank.documents());
        Map<String, QuestionSpec> seen = new HashMap<>();
        for (QuestionSpec q : bank.questions()) {
            QuestionSpec earlier = seen.putIfAbsent(q.id(), q);
            if (earlier != null) {
                problems.add(new BankProblem(q.file(), q.line(), "id '" + q.id() + "' is used twice (also "
                        + earlier.file() + ":" + earlier.line() + ")"));
            }
            String fileDocument = q.file().replaceFirst("^questions/", "").replaceFirst("\\.yaml$", "");
            if (!fileDocument.equals(q.documentId())) {
                problems.add(new BankProblem(q.file(), q.line(), "question '" + q.id() + "' quotes document '"
                        + q.documentId() + "' but stands in the file of '" + fileDocument + "'"));
            }
            validator.check(q).forEach(reason -> problems.add(new BankProblem(q.file(), q.line(), q.id() + ": " + reason)));
        }
        problems.sort(null);
        return problems;
    }

    /** The reasons {@code q} breaks a rule on its own (all of them); empty when it is valid. */
    public List<String> check(QuestionSpec q) {
        return breaches(q).stream().map(QuestionBreach::reason).toList();
    }

    /**
     * Every rule {@code q} breaks on its own, each with the field it is about: the rules of the
     * bank files, for questions students may meet. The same rules serve the files and the editor.
     */
    public List<QuestionBreach> breaches(QuestionSpec q) {
        List<QuestionBreach> out = new ArrayList<>(draftBreaches(q));
        if (q.kind() == null) {
            out.add(new QuestionBreach(QuestionField.KIND, "choose what the question asks about (date, actor, ...)"));
        } else if (q.kind() == Kind.CAUSE && blank(q.explanation())) {
            out.add(new QuestionBreach(QuestionField.EXPLANATION, "a cause question needs an explanation"));
        }
        checkSource(q, out);
        if (q.format() != null) {
            switch (q.format()) {
                case MULTIPLE_CHOICE -> checkChoices(q, out);
                case TRUE_FALSE -> checkTrueFalse(q, out);
                case SHORT_ANSWER -> {
                    if (blank(q.answer())) {
                        out.add(new QuestionBreach(QuestionField.ANSWER, "a short-answer question needs an answer"));
                    }
                    checkKeyTerms(q, out);
                }
                case ORDERING -> checkOrdering(q, out);
            }
            if (q.format() != Format.SHORT_ANSWER && !q.keyTerms().isEmpty()) {
                out.add(new QuestionBreach(QuestionField.KEY_TERMS, "key terms are for short-answer questions"));
            }
        }
        if ((q.format() == Format.MULTIPLE_CHOICE || q.format() == Format.SHORT_ANSWER) && q.kind() != null
                && q.kind().answerMustBeQuoted() && !blank(q.answer()) && !blank(q.quote()) && !answerInQuote(q)) {
            out.add(new QuestionBreach(QuestionField.ANSWER,
                    "the answer '" + q.answer() + "' (or an accepted form) must appear in the quote"));
        }
        return out;
    }

    /**
     * The rules a draft must keep even before it is complete: a well-formed id, a prompt, a format
     * and a difficulty. A draft need not have a document, quote or kind yet; publishing it takes
     * {@link #breaches} to be empty.
     */
    public static List<QuestionBreach> draftBreaches(QuestionSpec q) {
        List<QuestionBreach> out = new ArrayList<>();
        if (q.id() == null || !KEBAB.matcher(q.id()).matches()) {
            out.add(new QuestionBreach(QuestionField.ID, "id must be kebab-case (lower-case words joined by '-')"));
        }
        if (blank(q.prompt())) {
            out.add(new QuestionBreach(QuestionField.PROMPT, "the question needs its text"));
        }
        if (q.format() == null) {
            out.add(new QuestionBreach(QuestionField.FORMAT, "choose how the question is asked"));
        }
        if (q.difficulty() < 1 || q.difficulty() > 3) {
            out.add(new QuestionBreach(QuestionField.DIFFICULTY, "difficulty must be 1, 2 or 3"));
        }
        out.addAll(lengthBreaches(q));
        return out;
    }

    /** The longest text each field may hold (the columns it is stored in). */
    static final int MAX_ID = 120;
    static final int MAX_PROMPT = 2000;
    static final int MAX_ANSWER = 1000;
    static final int MAX_QUOTE = 8000;
    static final int MAX_EXPLANATION = 4000;
    static final int MAX_LIST = 8000;
    static final int MAX_ITEMS = 30000;
    static final int MAX_TAGS = 2000;
    static final int MAX_KEY_TERMS = 4000;

    /** Every field longer than it can be stored, by field, with its limit and length. */
    static List<QuestionBreach> lengthBreaches(QuestionSpec q) {
        List<QuestionBreach> out = new ArrayList<>();
        tooLong(out, QuestionField.ID, q.id(), MAX_ID);
        tooLong(out, QuestionField.PROMPT, q.prompt(), MAX_PROMPT);
        tooLong(out, QuestionField.ANSWER, q.answer(), MAX_ANSWER);
        tooLong(out, QuestionField.QUOTE, q.quote(), MAX_QUOTE);
        tooLong(out, QuestionField.EXPLANATION, q.explanation(), MAX_EXPLANATION);
        tooLong(out, QuestionField.ACCEPT, JsonLists.write(q.accept()), MAX_LIST);
        tooLong(out, QuestionField.DISTRACTORS, JsonLists.write(q.distractors()), MAX_LIST);
        tooLong(out, QuestionField.ITEMS, JsonLists.write(q.items()), MAX_ITEMS);
        tooLong(out, QuestionField.TAGS, JsonLists.write(q.tags()), MAX_TAGS);
        tooLong(out, QuestionField.KEY_TERMS, JsonLists.write(q.keyTerms()), MAX_KEY_TERMS);
        return out;
    }

    private static void tooLong(List<QuestionBreach> out, QuestionField field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(new QuestionBreach(field, "%s is too long: at most %,d characters (%,d now)"
                    .formatted(field.label(), max, value.length())));
        }
    }

    private void checkSource(QuestionSpec q, List<QuestionBreach> out) {
        DocumentSpec document = blank(q.documentId()) ? null : documents.get(q.documentId());
        if (blank(q.documentId())) {
            out.add(new QuestionBreach(QuestionField.DOCUMENT, "choose the document the quote comes from"));
        } else if (document == null) {
            out.add(new QuestionBreach(QuestionField.DOCUMENT, "unknown document '" + q.documentId() + "'"));
        }
        if (blank(q.quote())) {
            out.add(new QuestionBreach(QuestionField.QUOTE, "quote the passage that proves the answer"));
        } else if (document != null && !quotedInOneBlock(document, q.quote())) {
            out.add(new QuestionBreach(QuestionField.QUOTE, "the quote is not in " + q.documentId()
                    + " word for word (within one paragraph): \"" + abbreviate(q.quote()) + "\""));
        }
    }

    private static void checkChoices(QuestionSpec q, List<QuestionBreach> out) {
        if (blank(q.answer())) {
            out.add(new QuestionBreach(QuestionField.ANSWER, "a multiple-choice question needs an answer"));
        }
        if (q.distractors().size() < MIN_DISTRACTORS) {
            out.add(new QuestionBreach(QuestionField.DISTRACTORS,
                    "a multiple-choice question needs at least " + MIN_DISTRACTORS + " distractors"));
        }
        Set<String> options = new HashSet<>();
        options.add(key(q.answer()));
        for (String d : q.distractors()) {
            if (!options.add(key(d))) {
                out.add(new QuestionBreach(QuestionField.DISTRACTORS,
                        "distractor '" + d + "' repeats the answer or another distractor"));
            }
        }
    }

    /**
     * A typed cause is graded by its key ideas, so a short-answer cause lists them, and its own answer
     * must express every one (else the grader would refuse the answer it shows as right).
     */
    private static void checkKeyTerms(QuestionSpec q, List<QuestionBreach> out) {
        if (q.kind() == Kind.CAUSE && q.keyTerms().isEmpty()) {
            out.add(new QuestionBreach(QuestionField.KEY_TERMS,
                    "a short-answer cause lists its key terms, so that answers in other words can be graded"));
        }
        for (int i = 0; i < q.keyTerms().size(); i++) {
            List<String> idea = q.keyTerms().get(i);
            if (idea.isEmpty() || idea.stream().anyMatch(BankValidator::blank)) {
                out.add(new QuestionBreach(QuestionField.KEY_TERMS, "key idea " + (i + 1) + " has an empty term"));
            } else if (!blank(q.answer()) && idea.stream().noneMatch(t -> TextMatch.containsIgnoringCase(q.answer(), t))) {
                out.add(new QuestionBreach(QuestionField.KEY_TERMS, "the answer '" + q.answer()
                        + "' contains none of the terms of key idea " + (i + 1) + " (" + String.join(", ", idea) + ")"));
            }
        }
    }

    private static void checkTrueFalse(QuestionSpec q, List<QuestionBreach> out) {
        if (!"true".equalsIgnoreCase(q.answer()) && !"false".equalsIgnoreCase(q.answer())) {
            out.add(new QuestionBreach(QuestionField.ANSWER, "a true-false answer is 'true' or 'false'"));
        }
        if (!q.distractors().isEmpty()) {
            out.add(new QuestionBreach(QuestionField.DISTRACTORS, "a true-false question has no distractors"));
        }
    }

    private void checkOrdering(QuestionSpec q, List<QuestionBreach> out) {
        if (q.items().size() < MIN_ORDERING_ITEMS) {
            out.add(new QuestionBreach(QuestionField.ITEMS, "an ordering question needs at least " + MIN_ORDERING_ITEMS + " items"));
        }
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < q.items().size(); i++) {
            QuestionSpec.OrderingItem item = q.items().get(i);
            if (blank(item.text())) {
                out.add(new QuestionBreach(QuestionField.ITEMS, i, "ordering item " + (i + 1) + " needs its text"));
            } else if (!texts.add(key(item.text()))) {
                out.add(new QuestionBreach(QuestionField.ITEMS, i, "ordering item '" + item.text() + "' appears twice"));
            }
            DocumentSpec document = blank(item.documentId()) ? null : documents.get(item.documentId());
            if (blank(item.quote())) {
                out.add(new QuestionBreach(QuestionField.ITEMS, i, "ordering item " + (i + 1) + " needs its own quote"));
            } else if (blank(item.documentId())) {
                continue; // the question's missing document is reported once, on its own field
            } else if (document == null) {
                out.add(new QuestionBreach(QuestionField.ITEMS, i, "ordering item '" + item.text()
                        + "' names unknown document '" + item.documentId() + "'"));
            } else if (!quotedInOneBlock(document, item.quote())) {
                out.add(new QuestionBreach(QuestionField.ITEMS, i, "the quote of ordering item '" + item.text()
                        + "' is not in " + item.documentId() + " word for word: \"" + abbreviate(item.quote()) + "\""));
            }
        }
    }

    private static boolean answerInQuote(QuestionSpec q) {
        if (TextMatch.containsIgnoringCase(q.quote(), q.answer())) {
            return true;
        }
        return q.accept().stream().anyMatch(a -> TextMatch.containsIgnoringCase(q.quote(), a));
    }

    /** Quotes must sit inside one block so that the document view can highlight them. */
    static boolean quotedInOneBlock(DocumentSpec document, String quote) {
        return document.blocks().stream().anyMatch(block -> TextMatch.contains(block, quote));
    }

    private static List<BankProblem> documentProblems(List<DocumentSpec> documents) {
        List<BankProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DocumentSpec d : documents) {
            if (!ids.add(d.id())) {
                problems.add(new BankProblem("documents/" + d.id() + ".md", 0, "document id used twice"));
            }
            if (d.blocks().isEmpty()) {
                problems.add(new BankProblem("documents/" + d.id() + ".md", 0, "the document has no text"));
            }
        }
        return problems;
    }

    /** A spelling or abbreviation stands in one group only, across names.yaml and abbreviations.yaml. */
    private static List<BankProblem> groupProblems(List<List<String>> names, List<List<String>> abbreviations) {
        List<BankProblem> problems = new ArrayList<>();
        Map<String, String> groupOf = new HashMap<>();
        check(names, "names.yaml", groupOf, problems);
        check(abbreviations, "abbreviations.yaml", groupOf, problems);
        return problems;
    }

    private static void check(List<List<String>> groups, String file, Map<String, String> groupOf, List<BankProblem> problems) {
        for (List<String> group : groups) {
            String groupKey = file + "#" + key(group.getFirst());
            for (String form : group) {
                String other = groupOf.putIfAbsent(key(form), groupKey);
                if (other != null && !other.equals(groupKey)) {
                    problems.add(new BankProblem(file, 0, "'" + form + "' stands in two groups"
                            + (other.startsWith(file) ? "" : " (also in " + other.substring(0, other.indexOf('#')) + ")")));
                }
                if (form.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
                    problems.add(new BankProblem(file, 0, "'" + form + "' is too short to name anything"));
                }
            }
        }
    }

    private static String key(String s) {
        return TextMatch.fold(s).toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        String f = TextMatch.fold(s);
        return f.length() <= 80 ? f : f.substring(0, 77) + "...";
    }
}
