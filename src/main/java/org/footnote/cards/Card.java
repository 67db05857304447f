package org.footnote.cards;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.footnote.cards.fsrs.CardMemory;
import org.footnote.cards.fsrs.CardState;

/**
 * One learner's card for one question. Written the first time the learner meets it; the version
 * column stops two tabs from rating the same state twice.
 */
@Entity
@Table(name = "card")
public class Card {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String questionId;
    @Enumerated(EnumType.STRING)
    private CardState state;
    private Integer step;
    private Double stability;
    private Double difficulty;
    private Instant due;
    private Instant lastReview;
    private int reps;
    private int lapses;
    /** The due date a missed quiz answer replaced, until the next rating (so a re-grade can restore it). */
    private Instant dueBeforeMiss;
    @Version
    private long version;

    protected Card() {
    }

    Card(Long userId, String questionId, Instant now) {
        this.userId = userId;
        this.questionId = questionId;
        apply(CardMemory.fresh(now));
    }

    CardMemory memory() {
        return new CardMemory(state, step, stability, difficulty, due, lastReview);
    }

    void apply(CardMemory memory) {
        dueBeforeMiss = null;
        state = memory.state();
        step = memory.step();
        stability = memory.stability();
        difficulty = memory.difficulty();
        due = memory.due();
        lastReview = memory.lastReview();
    }

    void countReview(boolean lapse) {
        reps++;
        if (lapse) {
            lapses++;
        }
    }

    /** A missed quiz answer: the card comes up now; its memory is left as the last rating made it. */
    void dueBy(Instant now) {
        if (due.isAfter(now)) {
            dueBeforeMiss = dueBeforeMiss == null ? due : dueBeforeMiss;
            due = now;
        }
    }

    /**
     * The miss that brought the card forward was re-graded as right: it goes back to the due date its
     * last rating gave, unless it has been rated since the answer (then that rating stands).
     */
    void undoMiss(Instant answeredAt) {
        if (dueBeforeMiss != null && (lastReview == null || lastReview.isBefore(answeredAt))) {
            due = dueBeforeMiss;
            dueBeforeMiss = null;
        }
    }

    /** Made by a missed quiz answer and not rated since. */
    boolean neverRated() {
        return reps == 0 && lastReview == null;
    }

    /** Seeds this card's interval fuzz: the same card and review count always fuzz alike. */
    long fuzzSeed() {
        return fuzzSeed(userId, questionId, reps);
    }

    /** Known before the card row exists, so the buttons can show the interval a rating will really give. */
    static long fuzzSeed(Long userId, String questionId, int reps) {
        return (userId * 1_000_003L + questionId.hashCode()) * 31 + reps;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public Instant getDue() {
        return due;
    }

    public long getVersion() {
        return version;
    }

    public int getReps() {
        return reps;
    }
}
