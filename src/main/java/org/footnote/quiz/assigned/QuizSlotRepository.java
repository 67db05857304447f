package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizSlotRepository extends JpaRepository<QuizSlot, Long> {

    List<QuizSlot> findByQuizIdOrderByPosition(Long quizId);

    void deleteByQuizId(Long quizId);
}
