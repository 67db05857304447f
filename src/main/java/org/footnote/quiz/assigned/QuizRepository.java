package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuizRepository extends JpaRepository<Quiz, Long> {

    List<Quiz> findByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

    /** Quizzes published to a class the student belongs to. */
    /** The quizzes published to any of these classes (the classes module says which a student joined). */
    @Query("select distinct q from Quiz q, QuizClass qc where qc.quizId = q.id and qc.classId in :classIds")
    List<Quiz> findPublishedTo(java.util.Collection<Long> classIds);
}
