package org.footnote.progress;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionRef;
import org.footnote.cards.ReviewService;
import org.footnote.cards.StudySettings;
import org.footnote.cards.StudySettingsService;
import org.footnote.classes.ClassService;
import org.footnote.account.CurrentUser;
import org.footnote.shared.DayCount;
import org.footnote.progress.RetentionPoint;
import org.footnote.progress.Share;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's progress, from their own answers, cards and reviews only. Days are the
 * learner's study days (their time zone and roll-over hour), the same days their cards use.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    /** A day counts towards a streak only with this many answers and reviews: one card cannot keep it alive. */
    public static final int STREAK_MINIMUM = 10;
    static final double MATURE_DAYS = 21;

    private final ProgressQueries queries;
    private final QuestionCatalog catalog;
    private final StudySettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClassService classes;
    private final ReviewService reviews;

    public ProgressService(ProgressQueries queries, QuestionCatalog catalog, StudySettingsService settings,
                           CurrentUser currentUser, Clock clock, ClassService classes, ReviewService reviews) {
        this.reviews = reviews;
        this.queries = queries;
        this.catalog = catalog;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.classes = classes;
    }

    @Transactional(readOnly = true)
    public ProgressDashboard dashboard() {
        return dashboard(currentUser.id(), settings.mine());
    }

    /**
     * A student's dashboard, for one of their instructors (read-only use).
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the signed-in user teaches them
     */
    @Transactional(readOnly = true)
    public ProgressDashboard dashboardOf(long studentId) {
        if (!classes.mayRead(studentId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your student");
        }
        return dashboard(studentId, settings.of(studentId));
    }

    private ProgressDashboard dashboard(long userId, StudySettings s) {
        double desired = s.desiredRetention();
        LocalDate today = s.studyDay(clock.instant()); // the learner's day, as their cards and the rollups count it
        List<ProgressQueries.Day> days = queries.days(userId);
        Map<LocalDate, ProgressQueries.Day> byDay = days.stream().collect(Collectors.toMap(ProgressQueries.Day::day, d -> d));
        Set<LocalDate> qualifying = days.stream().filter(d -> d.activity() >= STREAK_MINIMUM)
                .map(ProgressQueries.Day::day).collect(Collectors.toSet());
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int doneToday = byDay.containsKey(today) ? byDay.get(today).activity() : 0;
        int doneThisWeek = days.stream().filter(d -> !d.day().isBefore(monday)).mapToInt(ProgressQueries.Day::activity).sum();
        int answers = days.stream().mapToInt(ProgressQueries.Day::answers).sum();
        int right = days.stream().mapToInt(ProgressQueries.Day::right).sum();

        LocalDate yearAgo = today.minusDays(364);
        List<DayCount> activity = days.stream().filter(d -> !d.day().isBefore(yearAgo))
                .map(d -> new DayCount(d.day(), d.activity())).toList();

        List<DayCount> next30 = reviews.dueForecast(userId, 30);
        Map<String, DocumentInfo> documents = catalog.documents().stream()
                .collect(Collectors.toMap(DocumentInfo::id, d -> d));
        List<ProgressQueries.Accuracy> accuracy = queries.accuracy(userId);
        return new ProgressDashboard(today, doneToday, doneThisWeek, answers == 0 ? null : (double) right / answers, answers,
                Streaks.current(qualifying, today), Streaks.longest(qualifying), next30.get(0).count(),
                next30.get(1).count(), activity, byDocument(accuracy, documents), byKind(accuracy),
                next30, retention(queries.matureReviews(userId), desired), desired, mastery(userId, documents),
                weakest(accuracy, documents));
    }

    private static List<Share> byDocument(List<ProgressQueries.Accuracy> rows, Map<String, DocumentInfo> documents) {
        Map<String, int[]> sums = new TreeMap<>();
        rows.forEach(r -> add(sums, label(documents, r.documentId()), r));
        return shares(sums);
    }

    private static List<Share> byKind(List<ProgressQueries.Accuracy> rows) {
        Map<Kind, int[]> sums = new EnumMap<>(Kind.class);
        rows.forEach(r -> {
            int[] s = sums.computeIfAbsent(Kind.valueOf(r.kind()), k -> new int[2]);
            s[0] += r.right();
            s[1] += r.answers();
        });
        return sums.entrySet().stream().map(e -> new Share(e.getKey().plural(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static void add(Map<String, int[]> sums, String key, ProgressQueries.Accuracy r) {
        int[] s = sums.computeIfAbsent(key, k -> new int[2]);
        s[0] += r.right();
        s[1] += r.answers();
    }

    private static List<Share> shares(Map<String, int[]> sums) {
        return sums.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Weekly (Monday) measured retention of mature cards. */
    private static List<RetentionPoint> retention(Map<LocalDate, int[]> daily, double desired) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        daily.forEach((day, c) -> {
            int[] w = weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new int[2]);
            w[0] += c[0];
            w[1] += c[1];
        });
        return weeks.entrySet().stream().map(e -> new RetentionPoint(e.getKey(), e.getValue()[0], e.getValue()[1], desired))
                .toList();
    }

    private List<ProgressDashboard.Mastery> mastery(long userId, Map<String, DocumentInfo> documents) {
        Map<String, Boolean> lastRight = queries.lastAnswerRight(userId);
        Map<String, Double> stability = queries.stability(userId);
        Map<String, int[]> perDocument = new HashMap<>();
        for (QuestionRef q : catalog.active(Set.of(), Set.of(), Set.of())) {
            int[] m = perDocument.computeIfAbsent(q.documentId(), k -> new int[2]);
            m[1]++;
            if (Boolean.TRUE.equals(lastRight.get(q.id())) && stability.getOrDefault(q.id(), 0.0) > MATURE_DAYS) {
                m[0]++;
            }
        }
        return perDocument.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ProgressDashboard.Mastery(e.getKey(), label(documents, e.getKey()), e.getValue()[0],
                        e.getValue()[1])).toList();
    }

    private static List<ProgressDashboard.WeakTopic> weakest(List<ProgressQueries.Accuracy> rows,
                                                             Map<String, DocumentInfo> documents) {
        return rows.stream().filter(r -> r.answers() >= 3 && r.right() < r.answers())
                .map(r -> new ProgressDashboard.WeakTopic(r.documentId(), label(documents, r.documentId()),
                        Kind.valueOf(r.kind()), r.right(), r.answers()))
                .sorted(Comparator.comparingDouble(t -> (double) t.right() / t.answers())).limit(5).toList();
    }

    private static String label(Map<String, DocumentInfo> documents, String id) {
        DocumentInfo d = documents.get(id);
        return d == null ? id : d.shortName();
    }
}
