package org.footnote.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a whole school straight through JDBC, for the list pages: classes with students and a
 * co-instructor, quizzes of five slots published to two classes each, and finished attempts with
 * their items. One "busy" student belongs to many classes, so their Assigned quizzes list is long.
 * Ids are explicit and high, clear of the identity sequences. Needs {@link BenchData#questions} first.
 */
final class SchoolData {

    static final int SLOTS = 5;
    /** Four hand-picked questions and a rule drawing three. */
    static final int ITEMS_PER_ATTEMPT = 7;
    private static final long CLASS = 3_000_000;
    private static final long QUIZ = 4_000_000;
    private static final long ATTEMPT = 5_000_000;
    private static final long USER = 6_000_000;

    /** What the pages are opened as: the instructor's lists, the busy student's list, one quiz's results. */
    record School(long busyStudent, long quizWithAttempts) {
    }

    private final JdbcTemplate jdbc;
    private final int questions;
    private final Instant start = Instant.parse("2026-09-01T08:00:00Z");
    private long nextAttempt = ATTEMPT;

    SchoolData(JdbcTemplate jdbc, int questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    /**
     * Quiz {@code q} goes to classes {@code q % classes} and {@code (q + classes / 2) % classes}; the
     * first {@code attemptsPerQuiz} students of its first class have each finished it once. The busy
     * student joined {@code busyClasses} classes and finished every other quiz they were given.
     */
    School seed(long instructor, long colleague, int classes, int studentsPerClass, int quizzes, int attemptsPerQuiz,
                int busyClasses) {
        long busy = USER - 1;
        users(busy, classes * studentsPerClass);
        classes(instructor, colleague, classes, studentsPerClass, busy, busyClasses);
        quizzes(instructor, quizzes, classes);
        List<Object[]> attempts = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        int busyFinished = 0;
        for (int q = 0; q < quizzes; q++) {
            for (int s = 0; s < attemptsPerQuiz; s++) {
                attempt(q, student(q % classes, s, studentsPerClass), attempts, items);
            }
            boolean busyHasIt = q % classes < busyClasses || (q + classes / 2) % classes < busyClasses;
            if (busyHasIt && busyFinished++ % 2 == 0) {
                attempt(q, busy, attempts, items);
            }
        }
        jdbc.batchUpdate("insert into quiz_attempt (id, user_id, mode, settings_json, status, started_at, finished_at, quiz_id, "
                + "attempt_number, title, fed_at) values (?, ?, 'ASSIGNED', '{}', 'FINISHED', ?, ?, ?, 1, 'Quiz', ?)", attempts);
        jdbc.batchUpdate("insert into attempt_item (attempt_id, position, question_id, options_json, given_answer, correct, "
                + "score, near_miss, answered_at, time_taken_ms, slot) values (?, ?, ?, '[]', '1997', ?, ?, false, ?, 8000, ?)", items);
        return new School(busy, QUIZ);
    }

    private void users(long busy, int students) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {busy, "bench-busy", "Busy Student"});
        for (int s = 0; s < students; s++) {
            rows.add(new Object[] {USER + s, "bench-student-" + s, "Student " + s});
        }
        jdbc.batchUpdate("insert into app_user (id, username, display_name, password_hash, role, created_at) "
                + "values (?, ?, ?, 'x', 'STUDENT', current_timestamp)", rows);
    }

    private void classes(long instructor, long colleague, int classes, int studentsPerClass, long busy, int busyClasses) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            rows.add(new Object[] {CLASS + c, "Class " + c, "BENCH" + c, instructor, at(c)});
            people.add(new Object[] {CLASS + c, instructor, "INSTRUCTOR", at(c)});
            people.add(new Object[] {CLASS + c, colleague, "INSTRUCTOR", at(c + 1)});
            for (int s = 0; s < studentsPerClass; s++) {
                people.add(new Object[] {CLASS + c, student(c, s, studentsPerClass), "STUDENT", at(c + 2 + s)});
            }
            if (c < busyClasses) {
                people.add(new Object[] {CLASS + c, busy, "STUDENT", at(c)});
            }
        }
        jdbc.batchUpdate("insert into school_class (id, name, join_code, created_by, created_at) values (?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("insert into class_person (class_id, user_id, role, joined_at) values (?, ?, ?, ?)", people);
    }

    private void quizzes(long instructor, int quizzes, int classes) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> slots = new ArrayList<>();
        List<Object[]> published = new ArrayList<>();
        for (int q = 0; q < quizzes; q++) {
            rows.add(new Object[] {QUIZ + q, instructor, "Quiz " + q, at(q), at(q)});
            for (int p = 0; p < SLOTS - 1; p++) {
                slots.add(new Object[] {QUIZ * 10 + q * SLOTS + p, QUIZ + q, p, question(q + p), null});
            }
            slots.add(new Object[] {QUIZ * 10 + q * SLOTS + SLOTS - 1, QUIZ + q, SLOTS - 1, null, ITEMS_PER_ATTEMPT - SLOTS + 1});
            published.add(new Object[] {QUIZ + q, CLASS + q % classes, at(q)});
            published.add(new Object[] {QUIZ + q, CLASS + (q + classes / 2) % classes, at(q)});
        }
        jdbc.batchUpdate("insert into quiz (id, owner_id, title, instructions, shuffle_questions, shuffle_options, "
                + "feedback_timing, created_at, updated_at) values (?, ?, ?, '', false, false, 'AFTER_SUBMISSION', ?, ?)", rows);
        jdbc.batchUpdate("insert into quiz_slot (id, quiz_id, position, question_id, rule_count) values (?, ?, ?, ?, ?)", slots);
        jdbc.batchUpdate("insert into quiz_class (quiz_id, class_id, published_at) values (?, ?, ?)", published);
    }

    /** A finished attempt at quiz {@code q}: its hand-picked questions, then three drawn by its rule. */
    private void attempt(int q, long user, List<Object[]> attempts, List<Object[]> items) {
        long id = nextAttempt++;
        Timestamp started = at((int) (id - ATTEMPT));
        attempts.add(new Object[] {id, user, started, Timestamp.from(started.toInstant().plusSeconds(600)), QUIZ + q, started});
        for (int p = 0; p < ITEMS_PER_ATTEMPT; p++) {
            boolean right = (id + p) % 3 != 0;
            String drawn = p < SLOTS - 1 ? question(q + p) : question(q + (int) id + p);
            items.add(new Object[] {id, p, drawn, right, right ? 1.0 : 0.0, started, p});
        }
    }

    private static long student(int classIndex, int s, int studentsPerClass) {
        return USER + (long) classIndex * studentsPerClass + s;
    }

    private String question(int n) {
        return "bench-q-" + Math.floorMod(n, questions);
    }

    private Timestamp at(int minutes) {
        return Timestamp.from(start.plusSeconds(60L * minutes));
    }
}
