package org.footnote.cards;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One rating of one card: the learner's full history, enough to replay or optimise the scheduler. */
@Entity
@Table(name = "review_log")
public class ReviewLog {

    /** state_before of a card's first review. */
    public static final String NEW = "NEW";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cardId;
    private Long userId;
    private String questionId;
    private Instant reviewedAt;
    private int rating;
    private String stateBefore;
    private double elapsedDays;
    private double scheduledDays;
    private double stabilityAfter;
    private double difficultyAfter;
    private long durationMs;

    protected ReviewLog() {
    }

    ReviewLog(Long cardId, Long userId, String questionId, Instant reviewedAt, int rating, String stateBefore,
              double elapsedDays, double scheduledDays, double stabilityAfter, double difficultyAfter, long durationMs) {
        this.cardId = cardId;
        this.userId = userId;
        this.questionId = questionId;
        this.reviewedAt = reviewedAt;
        this.rating = rating;
        this.stateBefore = stateBefore;
        this.elapsedDays = elapsedDays;
        this.scheduledDays = scheduledDays;
        this.stabilityAfter = stabilityAfter;
        this.difficultyAfter = difficultyAfter;
        this.durationMs = durationMs;
    }

    public Long getCardId() {
        return cardId;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public int getRating() {
        return rating;
    }

    public String getStateBefore() {
        return stateBefore;
    }

    public double getElapsedDays() {
        return elapsedDays;
    }

    public double getScheduledDays() {
        return scheduledDays;
    }

    public double getStabilityAfter() {
        return stabilityAfter;
    }

    public double getDifficultyAfter() {
        return difficultyAfter;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
