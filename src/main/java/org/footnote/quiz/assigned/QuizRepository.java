package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuizRepository extends JpaRepository<Quiz, Long> {

    List<Quiz> findByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

    /**
     * The quizzes published to any of these classes (the classes module says which a student joined),
     * oldest first: DISTINCT alone promises no order (PostgreSQL may hash it), and the student's list
     * only sorts them by status on top of this.
     */
    @Query("select distinct q from Quiz q, QuizClass qc where qc.quizId = q.id and qc.classId in :classIds order by q.id")
    List<Quiz> findPublishedTo(java.util.Collection<Long> classIds);

    /** Attempts at each quiz by one author, as (quiz id, count), for those attempted at all. */
    @Query("select a.quizId, count(a) from org.footnote.quiz.QuizAttempt a, Quiz q where a.quizId = q.id and q.ownerId = :ownerId "
            + "group by a.quizId")
    List<Object[]> countAttemptsByOwnerId(Long ownerId);
}
