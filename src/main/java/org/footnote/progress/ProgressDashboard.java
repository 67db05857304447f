package org.footnote.progress;

import java.util.List;
import org.footnote.bank.Kind;
import org.footnote.shared.DayCount;
import org.footnote.progress.RetentionPoint;
import org.footnote.progress.Share;

/**
 * Everything the Progress page shows, computed from one learner's own records.
 *
 * @param today         the learner's study day the figures are for (their zone and roll-over hour)
 * @param streak        consecutive days with at least {@link ProgressService#STREAK_MINIMUM} answers and reviews
 * @param accuracy      share of quiz answers right, 0..1, or null before the first answer
 * @param dueNow        cards due now, counted as Flashcards counts them ({@code QueueCounts.due})
 */
public record ProgressDashboard(java.time.LocalDate today, int doneToday, int doneThisWeek, Double accuracy, int answers, int streak,
                                int longestStreak, int dueNow, int dueTomorrow, List<DayCount> activity,
                                List<Share> byDocument, List<Share> byKind, List<DayCount> dueNext30Days,
                                List<RetentionPoint> retention, double desiredRetention, List<Mastery> mastery,
                                List<WeakTopic> weakest) {

    /** Share of a document's questions mastered: last answer right and card stability over 21 days. */
    public record Mastery(String documentId, String label, int mastered, int questions) {
        public int percent() {
            return questions == 0 ? 0 : (int) Math.round(100.0 * mastered / questions);
        }
    }

    /** A document and kind of question the learner gets wrong most. */
    public record WeakTopic(String documentId, String documentLabel, Kind kind, int right, int answers) {
        public int percent() {
            return answers == 0 ? 0 : (int) Math.round(100.0 * right / answers);
        }
    }
}
