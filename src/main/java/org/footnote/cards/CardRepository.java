package org.footnote.cards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.footnote.bank.Question;

public interface CardRepository extends JpaRepository<Card, Long> {

    /**
     * Each card due by {@code now} whose question is not {@code inactive}, as the queue orders it:
     * answered from the index on (user_id, due, question_id, state, stability, last_review) alone. The
     * few inactive questions are read once, rather than each due card's question row.
     */
    @Query("select new org.footnote.cards.DueCard(c.questionId, c.state, c.stability, c.due, c.lastReview) from Card c "
            + "where c.userId = :userId and c.due <= :now "
            + "and c.questionId not in (select q.id from Question q where q.status in :inactive)")
    List<DueCard> findDue(Long userId, Instant now, java.util.Collection<org.footnote.bank.QuestionStatus> inactive);

    /** Active questions of the given documents (all when {@code anyDocument}) the learner has no card for yet. */
    @Query("select q.id from Question q where q.status = org.footnote.bank.QuestionStatus.ACTIVE "
            + "and (:anyDocument = true or q.document.id in :documentIds) "
            + "and not exists (select 1 from Card c where c.userId = :userId and c.questionId = q.id)")
    List<String> findUnseenQuestionIds(Long userId, boolean anyDocument, java.util.Collection<String> documentIds);

    /** The learner's cards; count(*), so H2 counts index entries without reading each card. */
    @Query("select count(*) from Card c where c.userId = :userId")
    long countByUserId(Long userId);

    /** The learner's cards of questions in these states: read from those questions, which are few. */
    @Query("select count(c) from Question q, Card c where q.status in :statuses and c.userId = :userId "
            + "and c.questionId = q.id")
    long countOfQuestionsIn(Long userId, java.util.Collection<org.footnote.bank.QuestionStatus> statuses);

    /** The learner's cards of active questions of the given documents. */
    @Query("select count(c) from Card c where c.userId = :userId and c.questionId in (select q.id from Question q "
            + "where q.status = org.footnote.bank.QuestionStatus.ACTIVE and q.document.id in :documentIds)")
    long countOfActiveQuestionsIn(Long userId, java.util.Collection<String> documentIds);

    /** When each card of an active question comes due in [from, until), for the forecast. */
    @Query("select c.due from Card c, Question q where c.userId = :userId and c.due >= :from and c.due < :until "
            + "and q.id = c.questionId and q.status = org.footnote.bank.QuestionStatus.ACTIVE")
    List<Instant> findDueTimes(Long userId, Instant from, Instant until);

    /** The next card to come due after {@code now}, to say when to come back. */
    Optional<Card> findFirstByUserIdAndDueAfterOrderByDue(Long userId, Instant now);

    Optional<Card> findByUserIdAndQuestionId(Long userId, String questionId);


}
