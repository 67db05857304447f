package org.footnote.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.footnote.bank.files.BankFiles;
import org.footnote.bank.files.ParsedBank;
import org.footnote.bank.QuestionSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How fair the grader is on realistic typed answers to the real bank's short-answer questions:
 * sets of students' phrasings under src/test/resources/grading, each marked RIGHT or WRONG as a fair
 * teacher would after checking the passage, written by people who did not see the grader. Reports
 * the share of right answers accepted and of wrong answers accepted, per kind, to
 * target/grading/&lt;set&gt;.md, and holds them to the goals: at least 95% of right answers accepted,
 * at most 2% of wrong ones.
 */
class TypedAnswersMeasureTest {

    private static final ParsedBank BANK = BankFiles.read(Path.of("question-bank"));
    private static final GradeAnswers TOOL = new GradeAnswers(BANK);

    record Case(String questionId, String typed, boolean right, String category) {
    }

    /** Per kind: right answers, right accepted, wrong answers, wrong accepted. */
    record Tally(int right, int rightAccepted, int wrong, int wrongAccepted) {
        Tally add(boolean right, boolean accepted) {
            return right ? new Tally(this.right + 1, rightAccepted + (accepted ? 1 : 0), wrong, wrongAccepted)
                    : new Tally(this.right, rightAccepted, wrong + 1, wrongAccepted + (accepted ? 1 : 0));
        }

        double rightShare() {
            return right == 0 ? 1 : (double) rightAccepted / right;
        }

        double wrongShare() {
            return wrong == 0 ? 0 : (double) wrongAccepted / wrong;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"typed-answers", "typed-answers-holdout", "typed-answers-fresh"})
    void rightAnswersAreAcceptedAndWrongOnesAreNot(String set) throws IOException {
        Path folder = Path.of("src/test/resources/grading", set);
        if (!Files.isDirectory(folder)) {
            return;
        }
        Map<String, QuestionSpec> questions = new TreeMap<>();
        BANK.questions().forEach(q -> questions.put(q.id(), q));
        Map<String, Tally> byKind = new TreeMap<>();
        Tally all = new Tally(0, 0, 0, 0);
        List<String> misses = new ArrayList<>();
        for (Case c : cases(folder)) {
            QuestionSpec q = questions.get(c.questionId());
            assertThat(q).as("question %s of %s", c.questionId(), set).isNotNull();
            Grade grade = TOOL.grade(q, c.typed());
            byKind.merge(q.kind().code(), new Tally(0, 0, 0, 0).add(c.right(), grade.correct()),
                    (a, b) -> new Tally(a.right() + b.right(), a.rightAccepted() + b.rightAccepted(), a.wrong() + b.wrong(),
                            a.wrongAccepted() + b.wrongAccepted()));
            all = all.add(c.right(), grade.correct());
            if (grade.correct() != c.right()) {
                misses.add((c.right() ? "refused" : "accepted") + " | " + c.questionId() + " | " + c.typed() + " | "
                        + c.category() + " | " + grade.reason());
            }
        }
        report(set, byKind, all, misses);
        assertThat(all.rightShare()).as("share of right answers accepted in %s", set).isGreaterThanOrEqualTo(0.95);
        assertThat(all.wrongShare()).as("share of wrong answers accepted in %s", set).isLessThanOrEqualTo(0.02);
        // Per kind the samples are small (15 to 200 answers): one answer more or less may not sink a kind.
        byKind.forEach((kind, t) -> {
            assertThat(t.rightShare()).as("right %s answers accepted in %s", kind, set).isGreaterThanOrEqualTo(0.90);
            assertThat(t.wrongAccepted()).as("wrong %s answers accepted in %s", kind, set)
                    .isLessThanOrEqualTo(Math.max(1, (int) Math.floor(0.05 * t.wrong())));
        });
    }

    private static List<Case> cases(Path folder) throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] c = line.split("\t");
                    out.add(new Case(c[0], c[1], c[2].equals("RIGHT"), c.length > 3 ? c[3] : ""));
                }
            }
        }
        return out;
    }

    private static void report(String set, Map<String, Tally> byKind, Tally all, List<String> misses) throws IOException {
        StringBuilder md = new StringBuilder("# Grading fairness: " + set + "\n\n| kind | right accepted | wrong accepted |\n|---|---:|---:|\n");
        byKind.forEach((kind, t) -> md.append(row(kind, t)));
        md.append(row("**all**", all)).append("\n## Disagreements with the teacher's verdict\n\n");
        misses.forEach(m -> md.append("- ").append(m).append('\n'));
        Path out = Path.of("target/grading", set + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }

    private static String row(String kind, Tally t) {
        return String.format("| %s | %d/%d = %.1f%% | %d/%d = %.1f%% |%n", kind, t.rightAccepted(), t.right(),
                100 * t.rightShare(), t.wrongAccepted(), t.wrong(), 100 * t.wrongShare());
    }
}
