package org.footnote.quiz.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A hand-computed example: four students, three one-mark questions.
 *
 * <pre>
 *          q1 q2 q3  total
 *   s1      1  1  1   3
 *   s2      1  1  0   2
 *   s3      1  0  0   1
 *   s4      0  0  1   1
 * </pre>
 */
class ItemAnalysisTest {

    private static final double[][] MARKS = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 1}};
    private static final double[] MAX = {1, 1, 1};
    private final ItemAnalysis.Quiz quiz = ItemAnalysis.analyse(MARKS, MAX);

    @Test
    void quizLevelStatistics() {
        // totals 3, 2, 1, 1: mean 7/4; median (1 + 2) / 2; sample variance (1.5625 + 0.0625 + 0.5625 + 0.5625) / 3
        assertThat(quiz.students()).isEqualTo(4);
        assertThat(quiz.mean()).isEqualTo(1.75);
        assertThat(quiz.median()).isEqualTo(1.5);
        assertThat(quiz.standardDeviation()).isCloseTo(Math.sqrt(2.75 / 3), within(1e-12));
    }

    @Test
    void facilityAndStandardDeviationPerQuestion() {
        // q1: 1,1,1,0 -> facility 0.75, sample variance (3 * 0.0625 + 0.5625) / 3 = 0.25
        assertThat(quiz.items().get(0).facility()).isEqualTo(0.75);
        assertThat(quiz.items().get(0).standardDeviation()).isCloseTo(0.5, within(1e-12));
        assertThat(quiz.items().get(1).facility()).isEqualTo(0.5);
        assertThat(quiz.items().get(1).standardDeviation()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-12));
    }

    @Test
    void discriminationCorrelatesTheItemWithTheRestOfTheTest() {
        // q2 = 1,1,0,0 and rest = 2,1,1,1: cov = ((0.5)(0.75) + (0.5)(-0.25) + (-0.5)(-0.25) * 2) / 3 = 0.5 / 3
        // sd(q2) = sqrt(1/3), sd(rest) = sqrt(0.75 / 3) = 0.5 -> r = (0.5/3) / (0.57735 * 0.5) = 0.57735
        assertThat(quiz.items().get(1).discrimination()).isCloseTo(1 / Math.sqrt(3), within(1e-9));
        // q3 = 1,0,0,1 and rest = 2,2,1,0: cov = -1/6, var 1/3 and 11/12 -> r = -1/sqrt(11): negative, flagged weak
        assertThat(quiz.items().get(2).discrimination()).isCloseTo(-1 / Math.sqrt(11), within(1e-12));
        assertThat(quiz.items().get(2).weak()).isTrue();
        assertThat(quiz.items().get(1).weak()).isFalse();
    }

    @Test
    void discriminativeEfficiencyIsTheShareOfTheLargestPossibleCovariance() {
        // q2 sorted 0,0,1,1 against rest sorted 1,1,1,2: max cov = 0.5 / 3 = its actual cov, so efficiency 1
        assertThat(quiz.items().get(1).discriminativeEfficiency()).isCloseTo(1.0, within(1e-9));
        // q3: actual cov -1/6; sorted 0,0,1,1 against 0,1,2,2 gives max cov 0.5 -> efficiency -1/3
        assertThat(quiz.items().get(2).discriminativeEfficiency()).isCloseTo(-1.0 / 3, within(1e-9));
    }

    @Test
    void cronbachsAlpha() {
        // item variances 0.25, 1/3, 1/3 (sum 11/12); total variance 2.75/3 = 11/12 -> alpha = 3/2 * (1 - 1) = 0
        assertThat(quiz.cronbachAlpha()).isCloseTo(0.0, within(1e-12));
        var consistent = ItemAnalysis.analyse(new double[][] {{1, 1}, {1, 1}, {0, 0}, {0, 0}}, new double[] {1, 1});
        assertThat(consistent.cronbachAlpha()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void questionsEveryoneGotRightCannotDiscriminate() {
        var q = ItemAnalysis.analyse(new double[][] {{1, 1}, {1, 0}, {1, 1}}, new double[] {1, 1});
        assertThat(q.items().getFirst().discrimination()).isNaN();
        // Shown as a dash, not flagged: nothing is wrong with a question everyone knew (Moodle flags nothing either).
        assertThat(q.items().getFirst().weak()).isFalse();
        assertThat(q.items().getFirst().facility()).isEqualTo(1.0);
    }

    @Test
    void errorRatioAndStandardErrorFollowFromAlphaAndTheSpread() {
        // alpha 0: all of the spread is noise, so the standard error is the standard deviation itself
        assertThat(quiz.errorRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(quiz.standardError()).isCloseTo(quiz.standardDeviation(), within(1e-12));
        assertThat(quiz.maximum()).isEqualTo(3.0);
    }

    /**
     * A two-mark question and a one-mark question with partial credit, three students.
     *
     * <pre>
     *          q1 (of 2)  q2 (of 1)  total (of 3)
     *   s1        2          1         3
     *   s2        1          0.5       1.5
     *   s3        0          0         0
     * </pre>
     * q1: mean 1 (facility 1/2), sample variance (1 + 0 + 1) / 2 = 1, SD 1 mark = 1/2 of its maximum.
     * q2: mean 0.5 (facility 1/2), variance (0.25 + 0 + 0.25) / 2 = 0.25, SD 0.5 = 1/2 of its maximum.
     * Totals 3, 1.5, 0: mean 1.5 of 3, variance 2.25, SD 1.5. Alpha = 2 * (1 - 1.25 / 2.25) = 8/9;
     * error ratio sqrt(1 - 8/9) = 1/3; standard error 1/3 * 1.5 = 0.5 marks.
     */
    @Test
    void marksAndPartialCreditAreMeasuredAgainstEachQuestionsOwnMaximum() {
        var q = ItemAnalysis.analyse(new double[][] {{2, 1}, {1, 0.5}, {0, 0}}, new double[] {2, 1});
        assertThat(q.maximum()).isEqualTo(3.0);
        assertThat(q.mean()).isEqualTo(1.5);
        assertThat(q.standardDeviation()).isCloseTo(1.5, within(1e-12));
        assertThat(q.items().get(0).facility()).isEqualTo(0.5);
        assertThat(q.items().get(0).standardDeviation()).isCloseTo(0.5, within(1e-12));
        assertThat(q.items().get(1).facility()).isEqualTo(0.5);
        assertThat(q.items().get(1).standardDeviation()).isCloseTo(0.5, within(1e-12));
        assertThat(q.cronbachAlpha()).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(q.errorRatio()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(q.standardError()).isCloseTo(0.5, within(1e-12));
    }
}
