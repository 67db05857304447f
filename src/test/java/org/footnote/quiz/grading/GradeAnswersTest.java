package org.footnote.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.footnote.bank.files.BankFiles;
import org.junit.jupiter.api.Test;

/** The bank authors' grading command, on the real bank, as an author runs it. */
class GradeAnswersTest {

    private final GradeAnswers tool = new GradeAnswers(BankFiles.read(Path.of("question-bank")));

    @Test
    void printsOneVerdictAndItsReasonPerLine() throws Exception {
        String input = "ali-csto-name\tCollective Security Treaty Organization (CSTO)\n"
                + "ali-csto-name\tNATO\n"
                + "olimov-primakov-first-trip-dushanbe\tPrimakof\n"
                + "\n"
                + "no-such-question\tanything\n"
                + "a line without a tab\n";
        String output = run(input, "question-bank");
        assertThat(output.split("\n", -1)).containsExactly(
                "RIGHT\tthe abbreviation or full name of 'Collective Security Treaty Organization'",
                "WRONG\tdoes not match the answer",
                "NEAR_MISS\tspelling slip: 'primakof' for 'primakov'",
                "",
                "WRONG\tno question 'no-such-question' in the bank",
                "WRONG\tno tab in the line: expected question_id<TAB>typed answer",
                "");
    }

    @Test
    void gradesChoicesAndOrderingsAsTheAppDoes() {
        assertThat(tool.line("dyer-civil-war-start\t1992")).startsWith("RIGHT");
        assertThat(tool.line("dyer-civil-war-start\t1991")).startsWith("WRONG");
        assertThat(tool.line("dyer-civil-war-end\t1992-97")).startsWith("WRONG\tmore than one year");
    }

    /** Every question's own answer and accepted forms pass, and no distractor passes for its answer. */
    @Test
    void theBankAgreesWithItsGrader() {
        assertThat(tool.selfCheck()).isEmpty();
    }

    private static String run(String input, String folder) throws Exception {
        var in = System.in;
        var out = System.out;
        var captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            GradeAnswers.main(new String[] {folder});
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
