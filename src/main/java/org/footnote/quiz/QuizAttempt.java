package org.footnote.quiz;

import jakarta.persistence.Column;
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

    public enum Mode { PRACTICE }

    public enum Status { IN_PROGRESS, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    @Column(name = "settings_json")
    private String settingsJson;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
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
}
