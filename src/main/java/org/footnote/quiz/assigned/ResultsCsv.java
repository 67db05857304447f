package org.footnote.quiz.assigned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.footnote.quiz.results.Csv;
import org.footnote.quiz.results.ItemAnalysis;

/** The results tables as CSV, numbers with a dot and fixed decimals so every spreadsheet reads them. */
final class ResultsCsv {

    private ResultsCsv() {
    }

    static String attempts(QuizResults results) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Student", "Username", "Attempt", "Started (UTC)", "Time (s)",
                "Submitted at time limit", "Score", "Out of", "Percent"));
        results.slots().forEach(s -> header.add("Q" + (s.slot() + 1)));
        rows.add(header);
        for (QuizResults.StudentAttempt a : results.attempts()) {
            List<String> row = new ArrayList<>(List.of(a.name(), a.username(), String.valueOf(a.number()),
                    a.startedAt().toString(), String.valueOf(a.time().toSeconds()), a.submittedAtTimeLimit() ? "yes" : "no",
                    number(a.score()), String.valueOf(a.outOf()), number(a.percent())));
            for (double mark : a.marks()) {
                row.add(number(mark));
            }
            rows.add(row);
        }
        return Csv.write(rows);
    }

    static String questions(QuizResults results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Q", "Question", "Answered", "Facility index (%)", "Standard deviation (%)",
                "Discrimination index (%)", "Discriminative efficiency (%)", "Weak discrimination"));
        for (QuizResults.SlotResult s : results.slots()) {
            ItemAnalysis.Item i = s.item();
            rows.add(List.of("Q" + (s.slot() + 1), s.label(), String.valueOf(s.answered()),
                    i == null ? "" : percent(i.facility()), i == null ? "" : percent(i.standardDeviation()),
                    i == null ? "" : percent(i.discrimination()), i == null ? "" : percent(i.discriminativeEfficiency()),
                    s.weak() ? "yes" : "no"));
        }
        return Csv.write(rows);
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.2f", x);
    }

    private static String percent(double x) {
        return number(100 * x);
    }
}
