package org.footnote.cards;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.footnote.shared.persistence.Dialects;
import org.footnote.shared.persistence.Upsert;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A missed answer brings its card forward in one statement, on the answer's path: a new card due now
 * if the learner had none, or their card due now (keeping the date its ratings gave, to restore if the
 * miss is re-graded) if it was due later. The same as {@link Card#dueBy} on a loaded card, without
 * reading it first. The version moves, so a rating made at the same moment from a loaded card fails
 * and is retried rather than overwriting the miss.
 */
@Component
class CardMisses {

    private static final String POSTGRESQL = "insert into card (user_id, question_id, state, step, due, reps, lapses, "
            + "version) values (?, ?, 'LEARNING', 0, ?, 0, 0, 0) on conflict (user_id, question_id) do update set "
            + "due_before_miss = coalesce(card.due_before_miss, card.due), due = excluded.due, version = card.version + 1 "
            + "where card.due > excluded.due";
    private static final String H2 = "merge into card t using (values (?, ?, ?)) v(user_id, question_id, due) "
            + "on t.user_id = v.user_id and t.question_id = v.question_id "
            + "when matched and t.due > v.due then update set due_before_miss = coalesce(t.due_before_miss, t.due), "
            + "due = v.due, version = t.version + 1 "
            + "when not matched then insert (user_id, question_id, state, step, due, reps, lapses, version) "
            + "values (v.user_id, v.question_id, 'LEARNING', 0, v.due, 0, 0, 0)";

    private final JdbcTemplate jdbc;
    private final Upsert.Dialect dialect;

    CardMisses(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dialect = Dialects.of(dataSource);
    }

    void missed(long userId, String questionId, Instant at) {
        OffsetDateTime due = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        if (dialect == Upsert.Dialect.POSTGRESQL) {
            jdbc.update(POSTGRESQL, userId, questionId, due);
            return;
        }
        try {
            jdbc.update(H2, userId, questionId, due);
        } catch (DuplicateKeyException e) {
            jdbc.update(H2, userId, questionId, due); // H2's MERGE lost a race to a concurrent insert: now it matches
        }
    }
}
