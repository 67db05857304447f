package org.footnote.quiz.assigned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.footnote.quiz.results.Csv;
import org.footnote.quiz.results.ItemAnalysis;
import org.footnote.bank.Question;

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

    /** One line per slot; a rule's slot is followed by a line per question it drew (Q2.1, Q2.2...). */
    static String questions(QuizResults results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Q", "Question id", "Question", "Drawn", "Answered", "Facility index (%)", "Standard deviation (%)",
                "Discrimination index (%)", "Discriminative efficiency (%)", "Weak discrimination"));
        for (QuizResults.SlotResult s : results.slots()) {
            String id = s.drawnByRule() || s.questions().isEmpty() ? "" : s.questions().getFirst().question().id();
            int drawn = s.questions().stream().mapToInt(QuizResults.QuestionResult::drawn).sum();
            rows.add(statistics("Q" + (s.slot() + 1), id, s.label(), drawn, s.answered(), s.item(), s.weak()));
            if (s.drawnByRule()) {
                int n = 1;
                for (QuizResults.QuestionResult q : s.questions()) {
                    rows.add(statistics("Q" + (s.slot() + 1) + "." + n++, q.question().id(), q.question().prompt(),
                            q.drawn(), q.answered(), q.item(), q.weak()));
                }
            }
        }
        return Csv.write(rows);
    }

    private static List<String> statistics(String q, String id, String text, int drawn, int answered, ItemAnalysis.Item i,
                                           boolean weak) {
        return List.of(q, id, text, String.valueOf(drawn), String.valueOf(answered),
                i == null ? "" : percent(i.facility()), i == null ? "" : percent(i.standardDeviation()),
                i == null ? "" : percent(i.discrimination()), i == null ? "" : percent(i.discriminativeEfficiency()),
                weak ? "yes" : "no");
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.2f", x);
    }

    private static String percent(double x) {
        return number(100 * x);
    }
}
