package org.footnote.quiz.assigned;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One student's exception to a quiz's time limit and dates; null fields keep the quiz's own. */
@Entity
@Table(name = "quiz_override")
@IdClass(QuizOverride.Key.class)
public class QuizOverride {

    public record Key(Long quizId, Long userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long quizId;
    @Id
    private Long userId;
    private Integer timeLimitMinutes;
    private Instant opensAt;
    private Instant closesAt;

    protected QuizOverride() {
    }

    QuizOverride(Long quizId, Long userId, OverrideTerms e) {
        this.quizId = quizId;
        this.userId = userId;
        set(e);
    }

    void set(OverrideTerms e) {
        timeLimitMinutes = e.timeLimitMinutes();
        opensAt = e.opensAt();
        closesAt = e.closesAt();
    }

    OverrideTerms terms() {
        return new OverrideTerms(timeLimitMinutes, opensAt, closesAt);
    }

    public Long getQuizId() {
        return quizId;
    }

    public Long getUserId() {
        return userId;
    }

}
