package org.footnote.quiz.assigned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.footnote.quiz.FeedbackTiming;

/** A quiz an instructor assembled: its settings; its questions are {@link QuizSlot}s. */
@Entity
@Table(name = "quiz")
public class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long ownerId;
    private String title;
    private String instructions;
    private Integer timeLimitMinutes;
    private Integer attemptsAllowed;
    private boolean shuffleQuestions;
    private boolean shuffleOptions;
    @Enumerated(EnumType.STRING)
    private FeedbackTiming feedbackTiming;
    private Instant opensAt;
    private Instant closesAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Quiz() {
    }

    Quiz(Long ownerId, QuizSettings settings, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        apply(settings, now);
    }

    void apply(QuizSettings s, Instant now) {
        title = s.title().strip();
        instructions = s.instructions() == null ? "" : s.instructions().strip();
        timeLimitMinutes = s.timeLimitMinutes();
        attemptsAllowed = s.attemptsAllowed();
        shuffleQuestions = s.shuffleQuestions();
        shuffleOptions = s.shuffleOptions();
        feedbackTiming = s.feedback();
        opensAt = s.opensAt();
        closesAt = s.closesAt();
        updatedAt = now;
    }

    /** Its questions changed: the list of quizzes shows the latest edited first. */
    void touch(Instant now) {
        updatedAt = now;
    }

    public QuizSettings settings() {
        return new QuizSettings(title, instructions, timeLimitMinutes, attemptsAllowed, shuffleQuestions, shuffleOptions,
                feedbackTiming, opensAt, closesAt);
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public long getVersion() {
        return version;
    }
}
