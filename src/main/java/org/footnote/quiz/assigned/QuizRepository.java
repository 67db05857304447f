package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuizRepository extends JpaRepository<Quiz, Long> {

    List<Quiz> findByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

    /** Quizzes published to a class the student belongs to. */
    @Query("select distinct q from Quiz q, QuizClass qc, org.footnote.classes.ClassPerson p where qc.quizId = q.id "
            + "and p.classId = qc.classId and p.userId = :studentId "
            + "and p.role = org.footnote.classes.ClassPerson.Role.STUDENT")
    List<Quiz> findAssignedTo(Long studentId);
}
