package org.footnote.quiz.assigned;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A quiz handed to a class: its students see it under Assigned quizzes. */
@Entity
@Table(name = "quiz_class")
@IdClass(QuizClass.Key.class)
public class QuizClass {

    public record Key(Long quizId, Long classId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long quizId;
    @Id
    private Long classId;
    private Instant publishedAt;

    protected QuizClass() {
    }

    QuizClass(Long quizId, Long classId, Instant publishedAt) {
        this.quizId = quizId;
        this.classId = classId;
        this.publishedAt = publishedAt;
    }

    public Long getQuizId() {
        return quizId;
    }

    public Long getClassId() {
        return classId;
    }
}
