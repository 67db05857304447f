package org.footnote.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.QuestionEditService;
import org.footnote.bank.QuestionRef;
import org.footnote.quiz.grading.Grade;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructors' review of typed answers the grader refused: per question, each distinct typed answer
 * marked wrong or counted right by a student ("I was right"), with how often. Accepting a form for
 * everyone adds it to the question's accepted forms (with history) and re-grades every past answer
 * to the question, so attempts, assigned quizzes' scores, Mistakes, cards and Progress follow;
 * rejecting marks the students' claims as rejected and counts those answers as wrong again.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class TypedAnswerReview {

    /**
     * One distinct typed answer to one question.
     *
     * @param wrong    answers in this form counted wrong now
     * @param claimed  answers a student counted as right, awaiting review
     * @param rejected claims an instructor rejected
     * @param note     the grader's reason for one of them
     */
    public record TypedForm(String questionId, String prompt, String answer, String typed, int wrong, int claimed,
                            int rejected, int students, String note) {
    }

    /**
     * What a review changed.
     *
     * @param answers answers whose verdict changed (wrong to right on accepting, right to wrong on rejecting)
     * @param claims  students' claims settled by it (accepted or rejected)
     * @param students whose answers these were
     */
    public record Outcome(int answers, int claims, int students) {
    }

    private static final int MOST_FORMS = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final QuestionCatalog catalog;
    private final QuestionEditService edits;
    private final AttemptItemRepository items;
    private final QuizAttemptRepository attempts;
    private final AnswerGrader grader;
    private final AttemptFeed feed;

    TypedAnswerReview(NamedParameterJdbcTemplate jdbc, QuestionCatalog catalog, QuestionEditService edits,
                      AttemptItemRepository items, QuizAttemptRepository attempts, AnswerGrader grader, AttemptFeed feed) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.edits = edits;
        this.items = items;
        this.attempts = attempts;
        this.grader = grader;
        this.feed = feed;
    }

    /** Typed answers to review, students' claims first, then the commonest; at most {@value #MOST_FORMS}. */
    @Transactional(readOnly = true)
    public List<TypedForm> forms(boolean claimedOnly) {
        Set<String> typedQuestions = catalog.active(Set.of(), Set.of(), Set.of(Format.SHORT_ANSWER)).stream()
                .map(QuestionRef::id).collect(Collectors.toSet());
        if (typedQuestions.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = jdbc.query("select i.question_id, lower(trim(i.given_answer)), min(i.given_answer), "
                        + "sum(case when i.correct = false then 1 else 0 end), "
                        + "sum(case when i.override_status = 'CLAIMED' then 1 else 0 end), "
                        + "sum(case when i.override_status = 'REJECTED' then 1 else 0 end), count(distinct a.user_id), "
                        + "max(i.grade_note) from attempt_item i join quiz_attempt a on a.id = i.attempt_id "
                        + "where i.question_id in (:ids) and i.answered_at is not null "
                        + "and (i.correct = false or i.override_status = 'CLAIMED') "
                        + "group by i.question_id, lower(trim(i.given_answer))",
                Map.of("ids", typedQuestions), (rs, n) -> new Object[] {rs.getString(1), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)});
        Map<String, QuestionDetails> questions = catalog.details(rows.stream().map(r -> (String) r[0]).distinct().toList());
        List<TypedForm> out = new ArrayList<>();
        for (Object[] r : rows) {
            QuestionDetails q = questions.get((String) r[0]);
            TypedForm form = new TypedForm(q.id(), q.prompt(), q.answer(), (String) r[1], (int) r[2], (int) r[3],
                    (int) r[4], (int) r[5], (String) r[6]);
            if (!claimedOnly || form.claimed() > 0) {
                out.add(form);
            }
        }
        out.sort(java.util.Comparator.comparingInt(TypedForm::claimed).reversed()
                .thenComparing(java.util.Comparator.comparingInt(TypedForm::wrong).reversed())
                .thenComparing(TypedForm::questionId).thenComparing(TypedForm::typed));
        return out.size() > MOST_FORMS ? List.copyOf(out.subList(0, MOST_FORMS)) : out;
    }

    /**
     * Accepts {@code typed} for everyone: it becomes an accepted form of the question (recorded in its
     * history), and every past answer to the question is graded again with it. Answers the student
     * has seen move to right everywhere; claims become accepted.
     */
    @Transactional
    public Outcome acceptForEveryone(String questionId, String typed) {
        edits.acceptTypedForm(questionId, typed);
        QuestionDetails q = catalog.details(questionId).orElseThrow();
        List<AttemptItem> reviewable = items.findReviewable(questionId);
        Map<Long, QuizAttempt> byId = attemptsOf(reviewable);
        int answers = 0;
        int claims = 0;
        Set<Long> students = new java.util.HashSet<>();
        for (AttemptItem item : reviewable) {
            Grade grade = grader.grade(q, item.getGivenAnswer(), List.of());
            if (!grade.correct()) {
                continue;
            }
            boolean countedWrong = Boolean.FALSE.equals(item.getCorrect());
            items.regrade(item.getId(), true, 1, grade.nearMiss(), AnswerGrader.note(grade),
                    item.getOverride() == null ? null : AnswerOverride.ACCEPTED);
            QuizAttempt attempt = byId.get(item.getAttemptId());
            if (countedWrong && attempt.feedbackShown()) {
                feed.regraded(attempt.getUserId(), questionId, item.getAnsweredAt(), true);
            }
            answers += countedWrong ? 1 : 0;
            claims += item.getOverride() == AnswerOverride.CLAIMED ? 1 : 0;
            students.add(attempt.getUserId());
        }
        return new Outcome(answers, claims, students.size());
    }

    /** Rejects the students' claims that {@code typed} was right: those answers count as wrong again. */
    @Transactional
    public Outcome reject(String questionId, String typed) {
        String form = typed.strip().toLowerCase(Locale.ROOT);
        List<AttemptItem> claims = items.findReviewable(questionId).stream()
                .filter(i -> i.getOverride() == AnswerOverride.CLAIMED)
                .filter(i -> i.getGivenAnswer() != null && i.getGivenAnswer().strip().toLowerCase(Locale.ROOT).equals(form))
                .toList();
        Map<Long, QuizAttempt> byId = attemptsOf(claims);
        Set<Long> students = new java.util.HashSet<>();
        for (AttemptItem item : claims) {
            items.regrade(item.getId(), false, 0, false, "your instructor reviewed it: not accepted", AnswerOverride.REJECTED);
            QuizAttempt attempt = byId.get(item.getAttemptId());
            feed.regraded(attempt.getUserId(), questionId, item.getAnsweredAt(), false);
            students.add(attempt.getUserId());
        }
        return new Outcome(claims.size(), claims.size(), students.size());
    }

    private Map<Long, QuizAttempt> attemptsOf(List<AttemptItem> of) {
        Map<Long, QuizAttempt> out = new HashMap<>();
        attempts.findAllById(of.stream().map(AttemptItem::getAttemptId).collect(Collectors.toSet()))
                .forEach(a -> out.put(a.getId(), a));
        return out;
    }
}
