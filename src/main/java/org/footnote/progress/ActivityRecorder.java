package org.footnote.progress;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.footnote.cards.ReviewRecorded;
import org.footnote.cards.StudyDays;
import org.footnote.quiz.AnswerRecorded;
import org.footnote.quiz.AnswerRegraded;
import org.footnote.shared.persistence.Dialects;
import org.footnote.shared.persistence.Upsert;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the Progress rollups (daily_activity, question_stats) current, inside the transaction that
 * records each answer or review, so statistics never disagree with the records they come from. Each
 * counts on the learner's study day (their zone and roll-over hour), as their cards do.
 */
@Component
class ActivityRecorder {

    static final double MATURE_DAYS = 21;
    private static final Upsert DAY = Upsert.into("daily_activity", "user_id", "activity_day")
            .adding("answers", "answers_right", "reviews", "reviews_recalled", "mature_reviews", "mature_recalled");
    private static final Upsert QUESTION = Upsert.into("question_stats", "user_id", "question_id")
            .adding("answers", "answers_right").setting("last_answered_at", "last_correct");
    private final JdbcTemplate jdbc;
    private final Upsert.Dialect dialect;
    private final StudyDays days;

    ActivityRecorder(JdbcTemplate jdbc, javax.sql.DataSource dataSource, StudyDays days) {
        this.jdbc = jdbc;
        this.days = days;
        this.dialect = Dialects.of(dataSource);
    }

    @EventListener
    public void onAnswer(AnswerRecorded a) {
        int right = a.correct() ? 1 : 0;
        addToDay(a.userId(), days.dayOf(a.userId(), a.at()), 1, right, 0, 0, 0, 0);
        QUESTION.run(jdbc, dialect, a.userId(), a.questionId(), 1, right, Timestamp.from(a.at()), a.correct());
    }

    /** A verdict changed after the fact: the answer's day and question move one right answer up or down. */
    @EventListener
    public void onRegrade(AnswerRegraded r) {
        int delta = r.correct() ? 1 : -1;
        jdbc.update("update daily_activity set answers_right = answers_right + ? where user_id = ? and activity_day = ?",
                delta, r.userId(), Date.valueOf(days.dayOf(r.userId(), r.answeredAt())));
        jdbc.update("update question_stats set answers_right = answers_right + ?, last_correct = case when "
                + "last_answered_at = ? then ? else last_correct end where user_id = ? and question_id = ?",
                delta, Timestamp.from(r.answeredAt()), r.correct(), r.userId(), r.questionId());
    }

    @EventListener
    public void onReview(ReviewRecorded r) {
        int recalled = r.recalled() ? 1 : 0;
        int mature = r.elapsedDays() >= MATURE_DAYS ? 1 : 0;
        addToDay(r.userId(), days.dayOf(r.userId(), r.at()), 0, 0, 1, recalled, mature, mature * recalled);
    }

    /** One statement, whether or not the day has a row yet: two tabs' first actions of the day both count. */
    private void addToDay(Long userId, LocalDate day, int answers, int right, int reviews, int recalled, int mature,
                          int matureRecalled) {
        DAY.run(jdbc, dialect, userId, Date.valueOf(day), answers, right, reviews, recalled, mature, matureRecalled);
    }
}
