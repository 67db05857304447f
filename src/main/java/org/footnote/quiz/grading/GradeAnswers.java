package org.footnote.quiz.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footnote.bank.files.BankFiles;
import org.footnote.bank.Format;
import org.footnote.bank.GradingVocabulary;
import org.footnote.bank.files.ParsedBank;
import org.footnote.bank.QuestionSpec;

/**
 * The bank authors' grading command: grades typed answers against the bank folder exactly as the
 * app does (the same keys, names, abbreviations and key terms), with no database or Spring context.
 *
 * <pre>
 * printf 'ali-csto-name\tthe CSTO alliance\n' | java -cp ... org.footnote.quiz.grading.GradeAnswers question-bank
 * RIGHT	the abbreviation or full name of 'Collective Security Treaty Organization'
 * </pre>
 *
 * Reads lines {@code question_id<TAB>typed answer} on standard input (an ordering answer is its items
 * separated by {@code |}) and prints one line per input line: {@code RIGHT}, {@code NEAR_MISS} or
 * {@code WRONG}, a tab, and the reason. With {@code --check}, grades every question's own answer and
 * accepted forms (each must be right) and every distractor typed as an answer (each must be wrong),
 * and prints what fails.
 */
public final class GradeAnswers {

    private final Map<String, QuestionSpec> questions = new LinkedHashMap<>();
    private final Grader grader;

    public GradeAnswers(ParsedBank bank) {
        bank.questions().forEach(q -> questions.put(q.id(), q));
        this.grader = new Grader(Lexicon.of(GradingVocabulary.of(bank)));
    }

    public static void main(String[] args) throws IOException {
        boolean check = args.length == 2 && args[0].equals("--check");
        if (args.length != 1 && !check) {
            System.err.println("usage: GradeAnswers [--check] <question-bank folder>   (answers on standard input: "
                    + "question_id<TAB>typed answer)");
            System.exit(2);
        }
        Path folder = Path.of(args[args.length - 1]);
        if (!Files.isDirectory(folder)) {
            System.err.println("GradeAnswers: no question bank folder at " + folder.toAbsolutePath());
            System.exit(2);
        }
        ParsedBank bank = BankFiles.read(folder);
        bank.problems().forEach(p -> System.err.println("bank: " + p));
        GradeAnswers tool = new GradeAnswers(bank);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (check) {
            List<String> failures = tool.selfCheck();
            failures.forEach(out::println);
            System.exit(failures.isEmpty() ? 0 : 1);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(tool.line(line));
            }
        }
    }

    /** The output line for one input line. */
    public String line(String line) {
        if (line.isBlank()) {
            return "";
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return "WRONG\tno tab in the line: expected question_id<TAB>typed answer";
        }
        String id = line.substring(0, tab).strip();
        QuestionSpec q = questions.get(id);
        if (q == null) {
            return "WRONG\tno question '" + id + "' in the bank";
        }
        Grade grade = grade(q, line.substring(tab + 1));
        return grade.verdict() + "\t" + grade.reason();
    }

    public Grade grade(QuestionSpec q, String typed) {
        Grader.Key key = Grader.Key.of(q);
        if (q.format() == Format.ORDERING) {
            return grader.gradeOrdering(key, List.of(typed.split("\\s*\\|\\s*")));
        }
        return grader.grade(key, q.format() == Format.SHORT_ANSWER ? typed : typed.strip());
    }

    /**
     * What the bank's own answers say of the grader: each question's answer and accepted forms must
     * be right as typed answers, and no distractor of a multiple choice may pass for its answer.
     */
    public List<String> selfCheck() {
        List<String> failures = new ArrayList<>();
        for (QuestionSpec q : questions.values()) {
            if (q.format() != Format.SHORT_ANSWER && q.format() != Format.MULTIPLE_CHOICE) {
                continue;
            }
            QuestionSpec typed = asShortAnswer(q);
            List<String> rights = new ArrayList<>(List.of(q.answer()));
            rights.addAll(q.accept());
            for (String right : rights) {
                Grade g = grade(typed, right);
                if (!g.correct() || g.nearMiss()) {
                    failures.add(q.id() + "\t" + right + "\texpected RIGHT, got " + g.verdict() + ": " + g.reason());
                }
            }
            for (String distractor : q.distractors()) {
                Grade g = grade(typed, distractor);
                if (g.correct()) {
                    failures.add(q.id() + "\t" + distractor + "\texpected WRONG, got " + g.verdict() + ": " + g.reason());
                }
            }
        }
        return failures;
    }

    /** The question asked as a short answer, its distractors kept as known wrong answers. */
    private static QuestionSpec asShortAnswer(QuestionSpec q) {
        return new QuestionSpec(q.id(), q.kind(), Format.SHORT_ANSWER, q.prompt(), q.answer(), q.accept(), q.distractors(),
                q.items(), q.difficulty(), q.tags(), q.documentId(), q.quote(), q.explanation(), q.keyTerms(), q.file(),
                q.line());
    }
}
