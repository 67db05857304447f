package org.footnote.quiz.assigned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.footnote.bank.Kind;

/** One place in a quiz: a hand-picked question, or a rule drawing questions per attempt. */
@Entity
@Table(name = "quiz_slot")
public class QuizSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long quizId;
    private int position;
    private String questionId;
    private Integer ruleCount;
    private String ruleDocumentId;
    @Enumerated(EnumType.STRING)
    private Kind ruleKind;
    private Integer ruleDifficulty;

    protected QuizSlot() {
    }

    QuizSlot(Long quizId, int position, SlotSpec spec) {
        this.quizId = quizId;
        this.position = position;
        this.questionId = spec.questionId();
        if (spec.rule() != null) {
            this.ruleCount = spec.rule().count();
            this.ruleDocumentId = spec.rule().documentId();
            this.ruleKind = spec.rule().kind();
            this.ruleDifficulty = spec.rule().difficulty();
        }
    }

    SlotSpec spec() {
        return questionId != null ? SlotSpec.question(questionId)
                : SlotSpec.rule(new DrawRule(ruleCount, ruleDocumentId, ruleKind, ruleDifficulty));
    }

    /** Questions in each attempt of these slots (a rule counts for as many as it draws). */
    static int questionCount(java.util.List<QuizSlot> slots) {
        return slots.stream().mapToInt(s -> s.spec().size()).sum();
    }

    public Long getQuizId() {
        return quizId;
    }

    public int getPosition() {
        return position;
    }
}
