package org.footnote.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One question of an attempt: drawn with its options' order, answered at most once. */
@Entity
@Table(name = "attempt_item")
public class AttemptItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long attemptId;
    private int position;
    private String questionId;
    private String optionsJson;
    private String givenAnswer;
    private Boolean correct;
    private Double score;
    private Boolean nearMiss;
    private Instant answeredAt;
    private Long timeTakenMs;
    private Integer slot;
    /** Why the grader decided as it did ("missing idea: crisis"), for typed answers. */
    private String gradeNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "override_status")
    private AnswerOverride override;
    private Instant overriddenAt;

    protected AttemptItem() {
    }

    AttemptItem(Long attemptId, int position, String questionId, String optionsJson, Integer slot) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.optionsJson = optionsJson;
        this.slot = slot;
    }

    /**
     * Mirrors an answer just written by {@link AttemptItemRepository#recordAnswer}, a bulk update, so
     * the feedback can be built without reading the row back.
     */
    void written(String given, org.footnote.quiz.grading.Grade grade, String note, Instant at, long timeTakenMs) {
        this.givenAnswer = given;
        this.correct = grade.correct();
        this.score = grade.score();
        this.nearMiss = grade.nearMiss();
        this.gradeNote = note;
        this.answeredAt = at;
        this.timeTakenMs = timeTakenMs;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getOptionsJson() {
        return optionsJson;
    }

    public String getGivenAnswer() {
        return givenAnswer;
    }

    public Boolean getCorrect() {
        return correct;
    }

    public Double getScore() {
        return score;
    }

    public Boolean getNearMiss() {
        return nearMiss;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getTimeTakenMs() {
        return timeTakenMs;
    }

    public String getGradeNote() {
        return gradeNote;
    }

    /** Null unless a person changed the grader's verdict. */
    public AnswerOverride getOverride() {
        return override;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    /** The assembled quiz slot this item filled (assigned quizzes); null in practice. */
    public Integer getSlot() {
        return slot;
    }
}
