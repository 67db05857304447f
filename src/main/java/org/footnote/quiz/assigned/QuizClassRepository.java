package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizClassRepository extends JpaRepository<QuizClass, QuizClass.Key> {

    List<QuizClass> findByQuizId(Long quizId);

    List<QuizClass> findByClassIdIn(java.util.Collection<Long> classIds);

    /** Where all quizzes by one author are published, for their list of quizzes. */
    @org.springframework.data.jpa.repository.Query("select c from QuizClass c, Quiz q where c.quizId = q.id and q.ownerId = :ownerId")
    List<QuizClass> findByOwnerId(Long ownerId);
}
