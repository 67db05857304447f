package org.footnote.bank.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.footnote.bank.gift.GiftQuestion.Answer;
import org.footnote.bank.gift.GiftQuestion.Type;

/**
 * Reads Moodle XML, the format Moodle moves question banks in, into the same {@link GiftQuestion}
 * records as {@link GiftParser}, so that {@link GiftImport} turns either file into drafts:
 * multiple choice, true-false, short answer, numerical ({@code <tolerance>}; a wrong {@code *} is
 * dropped), matching, and Moodle's ordering (as a matching of each item to its position, as
 * {@link GiftWriter} writes it in GIFT). A {@code type="category"} question sets the category of
 * those after it. Question text, names, general and answer feedback, {@code <idnumber>} and
 * {@code <tags>} are read; tags starting {@code footnote-} are Footnote's own tokens and become the
 * question's comments, as in a GIFT comment line. Read with the JDK's StAX: a file that declares a
 * DOCTYPE is refused whole (no DTD or entity is ever read, so no XXE), and so is a file that is not
 * well-formed; every other problem is a question's, on the line of its {@code <question>}. Plain Java.
 */
public final class MoodleXmlParser {

    private final List<GiftQuestion> questions = new ArrayList<>();
    private final List<GiftProblem> problems = new ArrayList<>();
    private String category;

    private MoodleXmlParser() {
    }

    public static GiftParser.Result parse(String xml) {
        XmlElement quiz;
        try {
            quiz = XmlElement.read(xml);
        } catch (XmlElement.Unreadable e) {
            return new GiftParser.Result(List.of(), List.of(e.problem()));
        }
        if (!quiz.name().equals("quiz")) {
            return new GiftParser.Result(List.of(), List.of(new GiftProblem(quiz.line(), "the root element is <"
                    + quiz.name() + ">, not <quiz>: this is not a Moodle XML question file")));
        }
        var parser = new MoodleXmlParser();
        quiz.children("question").forEach(parser::question);
        return new GiftParser.Result(List.copyOf(parser.questions), List.copyOf(parser.problems));
    }

    private void question(XmlElement q) {
        String type = q.attribute("type") == null ? "" : q.attribute("type");
        switch (type) {
            case "category" -> category = category(q.text("category", "text"));
            case "multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering" -> {
                try {
                    questions.add(read(q, type));
                } catch (IllegalArgumentException e) {
                    problems.add(new GiftProblem(q.line(), e.getMessage()));
                }
            }
            case "essay" -> problems.add(new GiftProblem(q.line(), "an essay question: Footnote cannot grade it"));
            case "description" -> problems.add(new GiftProblem(q.line(), "a description is not a question"));
            case "" -> problems.add(new GiftProblem(q.line(), "a <question> without a type"));
            default -> problems.add(new GiftProblem(q.line(), "a Moodle " + type + " question: Footnote cannot grade it"));
        }
    }

    /**
     * A category path without Moodle's context and its {@code top} category: {@code $course$/top/History/date}
     * is {@code History/date}, whose segments {@link GiftImport} reads as a document or a kind.
     */
    static String category(String path) {
        String tidy = path.strip().replaceFirst("^\\$[a-z]+\\$(/|$)", "").replaceFirst("^top(/|$)", "");
        return tidy.isBlank() ? null : tidy;
    }

    private GiftQuestion read(XmlElement q, String type) {
        String prompt = q.text("questiontext", "text");
        if (prompt.isEmpty()) {
            throw new IllegalArgumentException("the question has no text");
        }
        XmlElement questionText = q.child("questiontext");
        List<Answer> answers = switch (type) {
            case "multichoice", "shortanswer" -> choices(q);
            case "truefalse" -> trueFalse(q);
            case "numerical" -> numerical(q);
            case "matching" -> matching(q);
            case "ordering" -> ordering(q);
            default -> throw new IllegalStateException(type);
        };
        Type giftType = switch (type) {
            case "multichoice" -> Type.MULTIPLE_CHOICE;
            case "truefalse" -> Type.TRUE_FALSE;
            case "shortanswer" -> Type.SHORT_ANSWER;
            case "numerical" -> Type.NUMERICAL;
            default -> Type.MATCHING;
        };
        List<String> tags = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        XmlElement tagList = q.child("tags");
        for (XmlElement tag : tagList == null ? List.<XmlElement>of() : tagList.children("tag")) {
            String text = tag.text("text");
            if (!text.isEmpty()) {
                (text.startsWith(GiftWriter.TOKEN) ? tokens : tags).add(text);
            }
        }
        return new GiftQuestion(emptyToNull(q.text("name", "text")), category, markup(questionText.attribute("format")),
                prompt, giftType, answers, emptyToNull(q.text("generalfeedback", "text")), q.line(),
                emptyToNull(q.text("idnumber")), List.copyOf(tags),
                tokens.stream().map(GiftWriter::bracketed).collect(Collectors.joining(" ")));
    }

    /** Moodle's text formats as GIFT's markers; Moodle reads a missing format as HTML, and so does Footnote. */
    private static String markup(String format) {
        return switch (format == null ? "html" : format) {
            case "plain_text", "moodle_auto_format" -> "plain";
            case "markdown" -> "markdown";
            default -> "html";
        };
    }

    /** Multiple choice or short answer: every answer with its credit (several right ones are GiftImport's to judge). */
    private static List<Answer> choices(XmlElement q) {
        List<Answer> answers = new ArrayList<>();
        for (XmlElement a : q.children("answer")) {
            if (!a.text("text").isEmpty()) { // Moodle drops blank answers as well
                answers.add(new Answer(a.text("text"), null, fraction(a), 0, feedback(a)));
            }
        }
        return requireRight(answers);
    }

    /** The right value first with its feedback, then the other with its own: what GiftParser gives for {T#wrong#right}. */
    private static List<Answer> trueFalse(XmlElement q) {
        Boolean right = null;
        Map<Boolean, String> feedback = new LinkedHashMap<>();
        for (XmlElement a : q.children("answer")) {
            String text = a.text("text").toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("a true-false answer is 'true' or 'false', not '" + a.text("text") + "'");
            }
            boolean value = Boolean.parseBoolean(text);
            if (fraction(a) >= 100) {
                right = value;
            }
            if (feedback(a) != null) {
                feedback.put(value, feedback(a));
            }
        }
        if (right == null) {
            throw new IllegalArgumentException("neither true nor false is marked right (fraction=\"100\")");
        }
        return List.of(new Answer(String.valueOf(right), null, 100, 0, feedback.get(right)),
                new Answer(String.valueOf(!right), null, 0, 0, feedback.get(!right)));
    }

    /** Numbers as written, each with its {@code <tolerance>}; Moodle's {@code *} for "any other answer" is left out when it earns nothing. */
    private static List<Answer> numerical(XmlElement q) {
        List<Answer> answers = new ArrayList<>();
        for (XmlElement a : q.children("answer")) {
            String text = a.text("text");
            double fraction = fraction(a);
            if (text.equals("*") && fraction <= 0) {
                continue;
            }
            if (text.equals("*")) {
                throw new IllegalArgumentException("any answer (*) earns credit: Footnote grades only the numbers given");
            }
            number(text); // GiftImport reads it as a number: a typo is this question's problem, not a crash later
            String tolerance = a.text("tolerance");
            answers.add(new Answer(text, null, fraction, tolerance.isEmpty() ? 0 : Math.abs(number(tolerance)), feedback(a)));
        }
        return requireRight(answers);
    }

    /** Each subquestion as left -> right; one with no left side is an extra wrong choice, which Footnote has no place for. */
    private static List<Answer> matching(XmlElement q) {
        List<Answer> pairs = new ArrayList<>();
        for (XmlElement s : q.children("subquestion")) {
            String left = s.text("text");
            String right = s.text("answer", "text");
            if (left.isEmpty()) {
                continue;
            }
            if (right.isEmpty()) {
                throw new IllegalArgumentException("'" + left + "' is matched to nothing");
            }
            pairs.add(new Answer(left, right, 100, 0, null));
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a matching question with no pairs");
        }
        return pairs;
    }

    /**
     * Moodle's ordering question writes its items in the right order (as Moodle reads them back,
     * whatever their fractions say): each becomes a pair of the item and its position.
     */
    private static List<Answer> ordering(XmlElement q) {
        List<String> items = q.children("answer").stream().map(a -> a.text("text")).filter(t -> !t.isEmpty()).toList();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an ordering question with no items");
        }
        List<Answer> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            pairs.add(new Answer(items.get(i), String.valueOf(i + 1), 100, 0, null));
        }
        return pairs;
    }

    private static List<Answer> requireRight(List<Answer> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("the question has no answers");
        }
        if (answers.stream().noneMatch(Answer::right)) {
            throw new IllegalArgumentException("no right answer: give one answer a positive fraction");
        }
        return answers;
    }

    /** An answer's credit in percent ({@code fraction="100"} is right); a missing fraction earns nothing. */
    private static double fraction(XmlElement a) {
        String fraction = a.attribute("fraction");
        if (fraction == null || fraction.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(fraction.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the fraction '" + fraction + "' is not a number");
        }
    }

    private static double number(String text) {
        try {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + text + "' is not a number");
    }

    private static String feedback(XmlElement a) {
        return emptyToNull(a.text("feedback", "text"));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
