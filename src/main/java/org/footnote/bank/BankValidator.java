package org.footnote.bank;

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

/**
 * The rules of shared/design.md section 2 that relate questions to each other and to their
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
        problems.addAll(nameProblems(bank.nameVariants()));
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
        List<String> reasons = new ArrayList<>();
        if (!KEBAB.matcher(q.id()).matches()) {
            reasons.add("id must be kebab-case (lower-case words joined by '-')");
        }
        if (q.difficulty() < 1 || q.difficulty() > 3) {
            reasons.add("difficulty must be 1, 2 or 3");
        }
        if (q.kind() == Kind.CAUSE && blank(q.explanation())) {
            reasons.add("a cause question needs an explanation");
        }
        DocumentSpec document = documents.get(q.documentId());
        if (document == null) {
            reasons.add("unknown document '" + q.documentId() + "'");
        } else if (!quotedInOneBlock(document, q.quote())) {
            reasons.add("the quote is not in " + q.documentId() + " word for word (within one paragraph): \""
                    + abbreviate(q.quote()) + "\"");
        }
        switch (q.format()) {
            case MULTIPLE_CHOICE -> checkChoices(q, reasons);
            case TRUE_FALSE -> checkTrueFalse(q, reasons);
            case SHORT_ANSWER -> {
                if (blank(q.answer())) {
                    reasons.add("a short-answer question needs an answer");
                }
            }
            case ORDERING -> checkOrdering(q, reasons);
        }
        if ((q.format() == Format.MULTIPLE_CHOICE || q.format() == Format.SHORT_ANSWER) && q.kind().answerMustBeQuoted()
                && !blank(q.answer()) && !answerInQuote(q)) {
            reasons.add("the answer '" + q.answer() + "' (or an accepted form) must appear in the quote");
        }
        return reasons;
    }

    private static void checkChoices(QuestionSpec q, List<String> reasons) {
        if (blank(q.answer())) {
            reasons.add("a multiple-choice question needs an answer");
        }
        if (q.distractors().size() < MIN_DISTRACTORS) {
            reasons.add("a multiple-choice question needs at least " + MIN_DISTRACTORS + " distractors");
        }
        Set<String> options = new HashSet<>();
        options.add(key(q.answer()));
        for (String d : q.distractors()) {
            if (!options.add(key(d))) {
                reasons.add("distractor '" + d + "' repeats the answer or another distractor");
            }
        }
    }

    private static void checkTrueFalse(QuestionSpec q, List<String> reasons) {
        if (!q.answer().equalsIgnoreCase("true") && !q.answer().equalsIgnoreCase("false")) {
            reasons.add("a true-false answer is 'true' or 'false'");
        }
        if (!q.distractors().isEmpty()) {
            reasons.add("a true-false question has no distractors");
        }
    }

    private void checkOrdering(QuestionSpec q, List<String> reasons) {
        if (q.items().size() < MIN_ORDERING_ITEMS) {
            reasons.add("an ordering question needs at least " + MIN_ORDERING_ITEMS + " items");
        }
        Set<String> texts = new HashSet<>();
        for (QuestionSpec.OrderingItem item : q.items()) {
            if (!texts.add(key(item.text()))) {
                reasons.add("ordering item '" + item.text() + "' appears twice");
            }
            DocumentSpec document = documents.get(item.documentId());
            if (document == null) {
                reasons.add("ordering item '" + item.text() + "' names unknown document '" + item.documentId() + "'");
            } else if (!quotedInOneBlock(document, item.quote())) {
                reasons.add("the quote of ordering item '" + item.text() + "' is not in " + item.documentId()
                        + " word for word: \"" + abbreviate(item.quote()) + "\"");
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

    private static List<BankProblem> nameProblems(List<List<String>> groups) {
        List<BankProblem> problems = new ArrayList<>();
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String name : groups.get(g)) {
                Integer other = groupOf.putIfAbsent(key(name), g);
                if (other != null && other != g) {
                    problems.add(new BankProblem("names.yaml", 0, "'" + name + "' stands in two groups of variants"));
                }
            }
        }
        return problems;
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
