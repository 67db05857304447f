package org.footnote.bank.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle GIFT: multiple choice ({@code =}, {@code ~}, weights {@code %50%}), true-false
 * ({@code T}, {@code F}, {@code TRUE}, {@code FALSE}), short answer, numerical ({@code #1997},
 * {@code #1997:2}, {@code #1990..2000}), matching ({@code ->}), names {@code ::name::}, feedback
 * {@code #} and {@code ####}, comments {@code //}, escapes ({@code \~ \= \# \{ \} \: \\}),
 * {@code $CATEGORY:} lines, {@code [html]}-style markers, and Moodle's {@code // [id:...]} and
 * {@code // [tag:...]} comments. Every problem is reported with its line;
 * plain Java, no framework.
 */
public final class GiftParser {

    /** The questions read, and every problem found (a question with a problem is left out). */
    public record Result(List<GiftQuestion> questions, List<GiftProblem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** Characters GIFT escapes with a backslash, the backslash itself among them ({@code \\\\}). */
    private static final String ESCAPED = "~=#{}:\\";
    private static final Pattern NAME = Pattern.compile("^::(.*?)(?<!\\\\)::");
    private static final Pattern MARKUP = Pattern.compile("^\\[(html|markdown|plain|moodle)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final char PLACEHOLDER_ESCAPE = '\u0000';
    private static final Pattern ID_NUMBER = Pattern.compile("\\[id:((?:\\\\]|[^\\]])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>`])+)]");

    private final List<GiftQuestion> questions = new ArrayList<>();
    private final List<GiftProblem> problems = new ArrayList<>();
    private String category;
    /** The comment lines of the question being read (Moodle reads idnumber and tags from them). */
    private final StringBuilder comments = new StringBuilder();

    private GiftParser() {
    }

    public static Result parse(String text) {
        var parser = new GiftParser();
        parser.readAll(text);
        return new Result(List.copyOf(parser.questions), List.copyOf(parser.problems));
    }

    private void readAll(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder chunk = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            boolean end = i == lines.length || (trimmed.isEmpty() && balanced(chunk));
            if (trimmed.startsWith("//")) {
                comments.append(trimmed).append('\n');
                continue;
            }
            if (trimmed.startsWith("$CATEGORY:") && chunk.isEmpty()) {
                category = trimmed.substring("$CATEGORY:".length()).strip();
                comments.setLength(0);
                continue;
            }
            if (end) {
                if (!chunk.isEmpty()) {
                    question(chunk.toString(), start + 1);
                    chunk.setLength(0);
                }
                comments.setLength(0);
                continue;
            }
            if (chunk.isEmpty()) {
                start = i;
            }
            chunk.append(line).append('\n');
        }
    }

    /** Whether every unescaped { has its }: a blank line inside an answer block does not end the question. */
    private static boolean balanced(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth <= 0;
    }

    private void question(String raw, int line) {
        String s = protectEscapes(raw.strip());
        String name = null;
        Matcher m = NAME.matcher(s);
        if (m.find()) {
            name = restore(m.group(1)).strip();
            s = s.substring(m.end()).strip();
        }
        String markup = null;
        m = MARKUP.matcher(s);
        if (m.find()) {
            markup = m.group(1).toLowerCase(Locale.ROOT);
            s = s.substring(m.end()).strip();
        }
        int open = s.indexOf('{');
        int close = s.indexOf('}', Math.max(open, 0));
        if (open >= 0 && close < 0) {
            problems.add(new GiftProblem(line, "the answer block is not closed: a '}' is missing"));
            return;
        }
        if (open < 0) {
            problems.add(new GiftProblem(line, "no answer block: a question needs {...} with its answers"));
            return;
        }
        if (s.indexOf('{', open + 1) >= 0 && s.indexOf('{', open + 1) < close) {
            problems.add(new GiftProblem(line, "an unescaped '{' inside an answer block (write \\{)"));
            return;
        }
        if (s.indexOf('{', close + 1) >= 0) {
            problems.add(new GiftProblem(line, "a second answer block: put a blank line between questions "
                    + "(or write \\{ for a brace in the text)"));
            return;
        }
        // The blank takes the block's place, spacing as written: "in {=1997}." is "in _____.", as in Moodle.
        String before = s.substring(0, open);
        String after = s.substring(close + 1).stripTrailing();
        String prompt = restore(after.isEmpty() ? before : before + "_____" + after).strip();
        if (prompt.isEmpty()) {
            problems.add(new GiftProblem(line, "the question has no text"));
            return;
        }
        String block = s.substring(open + 1, close).strip();
        String general = null;
        int generalAt = block.indexOf("####");
        if (generalAt >= 0) {
            general = restore(block.substring(generalAt + 4)).strip();
            block = block.substring(0, generalAt).strip();
        }
        try {
            GiftQuestion q = answerBlock(name, markup, prompt, block, general, line);
            questions.add(q);
        } catch (IllegalArgumentException e) {
            problems.add(new GiftProblem(line, e.getMessage()));
        }
    }

    private GiftQuestion answerBlock(String name, String markup, String prompt, String block, String general, int line) {
        if (block.isEmpty()) {
            throw new IllegalArgumentException("an empty answer block {} is an essay question, which Footnote cannot grade");
        }
        String upper = block.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (upper.equals("T") || upper.equals("TRUE") || upper.equals("F") || upper.equals("FALSE")) {
            // Moodle's {TRUE#shown to a wrong answer#shown to a right one}: the right value, then the other one.
            boolean value = upper.startsWith("T");
            String[] feedback = block.split("#", 3);
            String wrong = feedback.length > 1 ? emptyToNull(restore(feedback[1]).strip()) : null;
            String right = feedback.length > 2 ? emptyToNull(restore(feedback[2]).strip()) : null;
            return new GiftQuestion(name, category, markup, prompt, GiftQuestion.Type.TRUE_FALSE,
                    List.of(new GiftQuestion.Answer(String.valueOf(value), null, 100, 0, right),
                            new GiftQuestion.Answer(String.valueOf(!value), null, 0, 0, wrong)), general, line,
                    idNumber(), tags(), comments.toString().strip());
        }
        if (block.startsWith("#")) {
            return new GiftQuestion(name, category, markup, prompt, GiftQuestion.Type.NUMERICAL,
                    numerical(block.substring(1).strip()), general, line, idNumber(), tags(), comments.toString().strip());
        }
        List<String[]> parts = split(block);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no answers in the block: start each with = (right) or ~ (wrong)");
        }
        boolean matching = parts.stream().anyMatch(p -> p[1].contains("->"));
        boolean anyWrong = parts.stream().anyMatch(p -> p[0].equals("~"));
        List<GiftQuestion.Answer> answers = new ArrayList<>();
        for (String[] p : parts) {
            answers.add(answer(p[0], p[1], matching));
        }
        if (matching) {
            if (answers.size() < 3 || answers.stream().anyMatch(a -> a.match() == null)) {
                throw new IllegalArgumentException("a matching question needs at least three pairs, each 'left -> right'");
            }
            return new GiftQuestion(name, category, markup, prompt, GiftQuestion.Type.MATCHING, answers, general, line,
                    idNumber(), tags(), comments.toString().strip());
        }
        if (answers.stream().noneMatch(GiftQuestion.Answer::right)) {
            throw new IllegalArgumentException("no right answer: mark one with = or a positive weight");
        }
        return new GiftQuestion(name, category, markup, prompt,
                anyWrong ? GiftQuestion.Type.MULTIPLE_CHOICE : GiftQuestion.Type.SHORT_ANSWER, answers, general, line,
                idNumber(), tags(), comments.toString().strip());
    }

    private String idNumber() {
        Matcher m = ID_NUMBER.matcher(comments);
        return m.find() ? m.group(1).replace("\\]", "]").strip() : null;
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(comments);
        while (m.find()) {
            tags.add(m.group(1).replace("\\]", "]").strip());
        }
        return List.copyOf(tags);
    }

    /** The block's answers as (marker, body) pairs, split at unescaped = and ~. */
    private static List<String[]> split(String block) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        while (i < block.length()) {
            char c = block.charAt(i);
            if (c != '=' && c != '~') {
                if (out.isEmpty() && !Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("answers start with = (right) or ~ (wrong), not '" + c + "'");
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < block.length() && block.charAt(j) != '=' && block.charAt(j) != '~') {
                j++;
            }
            out.add(new String[] {String.valueOf(c), block.substring(i + 1, j).strip()});
            i = j;
        }
        return out;
    }

    private static GiftQuestion.Answer answer(String marker, String body, boolean matching) {
        double fraction = marker.equals("=") ? 100 : 0;
        Matcher w = WEIGHT.matcher(body);
        if (w.find()) {
            fraction = Double.parseDouble(w.group(1));
            body = body.substring(w.end());
        }
        String feedback = null;
        int hash = body.indexOf('#');
        if (hash >= 0) {
            feedback = emptyToNull(restore(body.substring(hash + 1)).strip());
            body = body.substring(0, hash);
        }
        String match = null;
        if (matching) {
            int arrow = body.indexOf("->");
            if (arrow >= 0) {
                match = restore(body.substring(arrow + 2)).strip();
                body = body.substring(0, arrow);
            }
        }
        String text = restore(body).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty answer after '" + marker + "'");
        }
        return new GiftQuestion.Answer(text, match, fraction, 0, feedback);
    }

    private static List<GiftQuestion.Answer> numerical(String block) {
        List<String[]> parts = block.startsWith("=") ? split(block) : List.<String[]>of(new String[] {"=", block});
        List<GiftQuestion.Answer> out = new ArrayList<>();
        for (String[] p : parts) {
            String body = p[1];
            double fraction = p[0].equals("=") ? 100 : 0;
            Matcher w = WEIGHT.matcher(body);
            if (w.find()) {
                fraction = Double.parseDouble(w.group(1));
                body = body.substring(w.end());
            }
            String feedback = null;
            int hash = body.indexOf('#');
            if (hash >= 0) {
                feedback = emptyToNull(restore(body.substring(hash + 1)).strip());
                body = body.substring(0, hash);
            }
            body = body.strip();
            try {
                if (body.contains("..")) {
                    // In decimal, not binary: 3.141..3.142 is 3.1415 +- 0.0005, never 3.1414999999999997.
                    String[] range = body.split("\\.\\.", 2);
                    var lo = new java.math.BigDecimal(range[0].strip());
                    var hi = new java.math.BigDecimal(range[1].strip());
                    var two = java.math.BigDecimal.valueOf(2);
                    out.add(new GiftQuestion.Answer(plainNumber(lo.add(hi).divide(two)), null, fraction,
                            hi.subtract(lo).divide(two).doubleValue(), feedback));
                } else if (body.contains(":")) {
                    String[] vt = body.split(":", 2);
                    out.add(new GiftQuestion.Answer(format(Double.parseDouble(vt[0].strip())), null, fraction,
                            Double.parseDouble(vt[1].strip()), feedback));
                } else {
                    out.add(new GiftQuestion.Answer(format(Double.parseDouble(body)), null, fraction, 0, feedback));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + body + "' is not a number, a number:tolerance or a range low..high");
            }
        }
        return out;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String plainNumber(java.math.BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** Escaped specials become private characters while parsing, and come back afterwards. */
    private static String protectEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && ESCAPED.indexOf(s.charAt(i + 1)) >= 0) {
                out.append(PLACEHOLDER_ESCAPE).append((char) ('\uE000' + ESCAPED.indexOf(s.charAt(i + 1))));
                i++;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String restore(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == PLACEHOLDER_ESCAPE && i + 1 < s.length()) {
                out.append(ESCAPED.charAt(s.charAt(i + 1) - '\uE000'));
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
