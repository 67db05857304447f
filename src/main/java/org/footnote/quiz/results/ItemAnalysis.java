package org.footnote.quiz.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Classical test statistics of a quiz, as Moodle's quiz statistics report them: per question the
 * facility index, standard deviation, discrimination index and discriminative efficiency, each
 * against the question's own maximum mark; for the quiz the mean, median, standard deviation,
 * Cronbach's alpha, the error ratio and the standard error. Plain Java.
 *
 * <p>Input: one row per student (first attempts, as Moodle uses by default), one column per
 * question, each cell the mark earned on that question.
 */
public final class ItemAnalysis {

    /**
     * Statistics of one question: facility and standard deviation as shares of its maximum mark, as
     * Moodle shows them. A discrimination below {@link #WEAK_DISCRIMINATION} is flagged weak; a question
     * whose marks do not vary (everyone right) has none (NaN, shown as a dash) and is not flagged.
     */
    public record Item(int index, double facility, double standardDeviation, double discrimination,
                       double discriminativeEfficiency) {

        public boolean weak() {
            return discrimination < WEAK_DISCRIMINATION; // false for NaN
        }
    }

    /**
     * Statistics of the whole quiz, in marks out of {@code maximum}. The error ratio is Moodle's
     * {@code 100 * sqrt(1 - alpha)} as a share (the part of the spread that is noise), and the standard
     * error is that share of the standard deviation, in marks.
     */
    public record Quiz(int students, double maximum, double mean, double median, double standardDeviation,
                       double cronbachAlpha, List<Item> items) {

        public double errorRatio() {
            return Math.sqrt(1 - cronbachAlpha); // NaN with alpha; above 1 when alpha is negative, as in Moodle
        }

        public double standardError() {
            return errorRatio() * standardDeviation;
        }
    }

    /** Moodle flags a discrimination index under 0.3 (30%) as weak. */
    public static final double WEAK_DISCRIMINATION = 0.3;

    private ItemAnalysis() {
    }

    /**
     * @param marks    marks[student][question]
     * @param maxMarks the most each question can earn
     */
    public static Quiz analyse(double[][] marks, double[] maxMarks) {
        int n = marks.length;
        int k = maxMarks.length;
        double[] totals = new double[n];
        for (int s = 0; s < n; s++) {
            if (marks[s].length != k) {
                throw new IllegalArgumentException("student " + s + " has " + marks[s].length + " marks, not " + k);
            }
            totals[s] = Arrays.stream(marks[s]).sum();
        }
        List<Item> items = new ArrayList<>();
        double sumItemVariance = 0;
        for (int q = 0; q < k; q++) {
            double[] item = new double[n];
            double[] rest = new double[n];
            for (int s = 0; s < n; s++) {
                item[s] = marks[s][q];
                rest[s] = totals[s] - marks[s][q];
            }
            sumItemVariance += variance(item);
            items.add(item(q, item, rest, maxMarks[q]));
        }
        double totalVariance = variance(totals);
        double alpha = k < 2 || totalVariance == 0 ? Double.NaN
                : (double) k / (k - 1) * (1 - sumItemVariance / totalVariance);
        return new Quiz(n, Arrays.stream(maxMarks).sum(), mean(totals), median(totals), Math.sqrt(totalVariance), alpha, items);
    }

    /**
     * One question's statistics from its marks and, for the same students, their marks on the rest
     * of the quiz. Also for a question drawn at random: over the students who met it.
     */
    public static Item item(int index, double[] marks, double[] rest, double maxMark) {
        double cov = covariance(marks, rest);
        double[] sortedItem = marks.clone();
        double[] sortedRest = rest.clone();
        Arrays.sort(sortedItem);
        Arrays.sort(sortedRest);
        double maxCov = covariance(sortedItem, sortedRest);
        return new Item(index, mean(marks) / maxMark, Math.sqrt(variance(marks)) / maxMark, correlation(marks, rest),
                maxCov == 0 ? Double.NaN : cov / maxCov);
    }

    static double mean(double[] x) {
        return x.length == 0 ? Double.NaN : Arrays.stream(x).sum() / x.length;
    }

    static double median(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Sample variance (n - 1). */
    static double variance(double[] x) {
        return covariance(x, x);
    }

    /** Sample covariance (n - 1). */
    static double covariance(double[] x, double[] y) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }

    /** Pearson correlation; NaN when either side does not vary. */
    static double correlation(double[] x, double[] y) {
        double sx = Math.sqrt(variance(x));
        double sy = Math.sqrt(variance(y));
        return sx == 0 || sy == 0 ? Double.NaN : covariance(x, y) / (sx * sy);
    }
}
