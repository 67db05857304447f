package org.footnote.cards;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewLogRepository extends JpaRepository<ReviewLog, Long> {

    /** Reviews since {@code since}, split into first reviews of new cards and the rest: (is new, count). */
    @Query("select case when r.stateBefore = 'NEW' then true else false end, count(r) from ReviewLog r "
            + "where r.userId = :userId and r.reviewedAt >= :since group by case when r.stateBefore = 'NEW' then true else false end")
    List<Object[]> countSince(Long userId, Instant since);

    List<ReviewLog> findByCardIdOrderByReviewedAt(Long cardId);
}
