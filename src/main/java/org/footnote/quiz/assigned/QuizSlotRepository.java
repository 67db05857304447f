package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizSlotRepository extends JpaRepository<QuizSlot, Long> {

    List<QuizSlot> findByQuizIdOrderByPosition(Long quizId);

    void deleteByQuizId(Long quizId);

    List<QuizSlot> findByQuizIdIn(java.util.Collection<Long> quizIds);

    /** The slots of all quizzes by one author, for their list of quizzes. */
    @org.springframework.data.jpa.repository.Query("select s from QuizSlot s, Quiz q where s.quizId = q.id and q.ownerId = :ownerId")
    List<QuizSlot> findByOwnerId(Long ownerId);
}
