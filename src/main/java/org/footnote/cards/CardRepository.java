package org.footnote.cards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.footnote.bank.Question;

public interface CardRepository extends JpaRepository<Card, Long> {

    /**
     * The memory of each card due by {@code now} whose question is active, without loading
     * entities: served by the index on (user_id, due).
     */
    @Query("select new org.footnote.cards.DueCard(c.questionId, c.version, c.state, c.step, c.stability, "
            + "c.difficulty, c.due, c.lastReview, c.userId, c.reps) from Card c, Question q "
            + "where c.userId = :userId and c.due <= :now and q.id = c.questionId "
            + "and q.status = org.footnote.bank.QuestionStatus.ACTIVE")
    List<DueCard> findDue(Long userId, Instant now);

    /** Active questions of the given documents (all when {@code anyDocument}) the learner has no card for yet. */
    @Query("select q.id from Question q where q.status = org.footnote.bank.QuestionStatus.ACTIVE "
            + "and (:anyDocument = true or q.document.id in :documentIds) "
            + "and not exists (select 1 from Card c where c.userId = :userId and c.questionId = q.id)")
    List<String> findUnseenQuestionIds(Long userId, boolean anyDocument, java.util.Collection<String> documentIds);

    /** When each card of an active question comes due in [from, until), for the forecast. */
    @Query("select c.due from Card c, Question q where c.userId = :userId and c.due >= :from and c.due < :until "
            + "and q.id = c.questionId and q.status = org.footnote.bank.QuestionStatus.ACTIVE")
    List<Instant> findDueTimes(Long userId, Instant from, Instant until);

    /** The next card to come due after {@code now}, to say when to come back. */
    Optional<Card> findFirstByUserIdAndDueAfterOrderByDue(Long userId, Instant now);

    Optional<Card> findByUserIdAndQuestionId(Long userId, String questionId);


}
