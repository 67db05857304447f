package org.footnote.cards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CardRepository extends JpaRepository<Card, Long> {

    /** Cards due by {@code now}: served by the index on (user_id, due). */
    @Query("select c from Card c where c.userId = :userId and c.due <= :now")
    List<Card> findDue(Long userId, Instant now);

    /** The next card to come due after {@code now}, to say when to come back. */
    Optional<Card> findFirstByUserIdAndDueAfterOrderByDue(Long userId, Instant now);

    Optional<Card> findByUserIdAndQuestionId(Long userId, String questionId);

    @Query("select c.questionId from Card c where c.userId = :userId")
    List<String> findQuestionIds(Long userId);
}
