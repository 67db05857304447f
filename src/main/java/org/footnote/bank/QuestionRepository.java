package org.footnote.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, String> {

    /** count(*), so H2 counts index entries without reading each question (the flashcard queue counts them often). */
    @Query("select count(*) from Question q where q.status = :status")
    long countByStatus(QuestionStatus status);

    @Query("select count(*) from Question q where q.status = :status and q.document.id in :documentIds")
    long countByStatusAndDocumentIds(QuestionStatus status, java.util.Collection<String> documentIds);

    /** Questions of a status (drafts) that lack their document or quote. */
    @Query("select new org.footnote.bank.QuestionRow(q.id, d.id, q.kind, q.format, q.difficulty, q.prompt, q.answer, "
            + "q.status) from Question q left join q.document d where q.status = :status and (d is null or q.quote is null) "
            + "order by q.id")
    List<QuestionRow> findWithoutPassage(QuestionStatus status);

    String FILTER = " from Question q where (:documentId is null or q.document.id = :documentId) "
            + "and (:kind is null or q.kind = :kind) and (:format is null or q.format = :format) "
            + "and (:difficulty is null or q.difficulty = :difficulty) and (:status is null or q.status = :status) "
            + "and (:tag is null or q.tagsJson like :tag escape '\\') "
            + "and (:text is null or lower(q.prompt) like :text escape '\\' or lower(q.answer) like :text escape '\\' "
            + "or lower(q.quote) like :text escape '\\')";

    /** One page of the bank grid, filtered in the database (the grid loads lazily). */
    @Query("select new org.footnote.bank.QuestionRow(q.id, q.document.id, q.kind, q.format, q.difficulty, q.prompt, "
            + "q.answer, q.status)" + FILTER + " order by q.id")
    List<QuestionRow> findRows(String documentId, Kind kind, Format format, Integer difficulty, QuestionStatus status,
                               String tag, String text, org.springframework.data.domain.Pageable page);

    /** (answers, right) of one question across all learners' quiz answers. */
    @Query(value = "select count(*), coalesce(sum(case when correct then 1 else 0 end), 0) from attempt_item "
            + "where question_id = :questionId and answered_at is not null", nativeQuery = true)
    List<Object[]> answerCounts(String questionId);

    /** The wrong answers given to one question, commonest first: (answer, times). */
    @Query(value = "select given_answer, count(*) from attempt_item where question_id = :questionId and correct = false "
            + "group by given_answer order by count(*) desc, given_answer", nativeQuery = true)
    List<Object[]> wrongAnswers(String questionId, org.springframework.data.domain.Pageable page);

    @Query("select count(q)" + FILTER)
    long countRows(String documentId, Kind kind, Format format, Integer difficulty, QuestionStatus status, String tag,
                   String text);

    @Query("select q.quote from Question q where q.document.id = :documentId and q.status = :status")
    List<String> findQuotes(String documentId, QuestionStatus status);

    @Query("select new org.footnote.bank.QuestionRef(q.id, q.document.id, q.kind, q.format, q.difficulty) from Question q "
            + "where q.status = :status order by q.id")
    List<QuestionRef> findRefsByStatus(QuestionStatus status);

    @Query("select new org.footnote.bank.QuestionRef(q.id, q.document.id, q.kind, q.format, q.difficulty) from Question q")
    List<QuestionRef> findAllRefs();

    /** Rows of (document id, kind, format, count) over the questions of one status. */
    @Query("select q.document.id, q.kind, q.format, count(q) from Question q where q.status = :status "
            + "group by q.document.id, q.kind, q.format")
    List<Object[]> countByDocumentKindFormat(QuestionStatus status);
}
