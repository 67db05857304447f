package org.footnote.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One sitting of a quiz by one student. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    public enum Mode { PRACTICE, ASSIGNED }

    public enum Status { IN_PROGRESS, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    private String settingsJson;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant startedAt;
    private Instant finishedAt;
    private Long quizId;
    private Integer attemptNumber;
    private String title;
    private Instant deadline;
    private Instant feedbackAfter;
    private Instant fedAt;
    private boolean autoSubmitted;
    @Version
    private long version;

    protected QuizAttempt() {
    }

    QuizAttempt(Long userId, Mode mode, String settingsJson, Instant startedAt) {
        this.userId = userId;
        this.mode = mode;
        this.settingsJson = settingsJson;
        this.startedAt = startedAt;
        this.status = Status.IN_PROGRESS;
        this.fedAt = startedAt;
    }

    /** An attempt at an assigned quiz; its answers stay hidden until {@link #feed} unless shown per answer. */
    static QuizAttempt assigned(Long userId, Long quizId, String title, int attemptNumber, Instant startedAt, Instant deadline,
                                FeedbackTiming timing, Instant feedbackAfter) {
        var attempt = new QuizAttempt(userId, Mode.ASSIGNED, "{}", startedAt);
        attempt.quizId = quizId;
        attempt.attemptNumber = attemptNumber;
        attempt.title = title;
        attempt.deadline = deadline;
        attempt.fedAt = timing == FeedbackTiming.EACH_ANSWER ? startedAt : null;
        attempt.feedbackAfter = timing == FeedbackTiming.AFTER_CLOSE ? feedbackAfter : null;
        return attempt;
    }

    boolean overdue(Instant now) {
        return status == Status.IN_PROGRESS && deadline != null && !now.isBefore(deadline);
    }

    /** Submitted by the server at the time limit: it ends at the deadline, not when the server noticed. */
    void submitAtDeadline() {
        finish(deadline);
        autoSubmitted = true;
    }

    /** Whether the student may now see correctness and sources (and the answers have fed their records). */
    public boolean feedbackShown() {
        return fedAt != null;
    }

    /** Feedback deferred to submission or closing becomes due once submitted and past its date. */
    boolean feedbackDue(Instant now) {
        return fedAt == null && status == Status.FINISHED && (feedbackAfter == null || !now.isBefore(feedbackAfter));
    }

    void markFed(Instant at) {
        fedAt = at;
    }

    void finish(Instant at) {
        if (status != Status.FINISHED) {
            status = Status.FINISHED;
            finishedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Mode getMode() {
        return mode;
    }

    public String getSettingsJson() {
        return settingsJson;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getQuizId() {
        return quizId;
    }

    public Integer getAttemptNumber() {
        return attemptNumber;
    }

    /** The assigned quiz's title when the attempt started; null in practice. */
    public String getTitle() {
        return title;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getFeedbackAfter() {
        return feedbackAfter;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }
}
