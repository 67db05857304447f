package org.footnote.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.classes.ClassService;
import org.footnote.quiz.assigned.AssignedQuizFixture;
import org.footnote.quiz.assigned.AssignmentService;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.support.HeldTransaction;
import org.footnote.support.LockWaits;
import org.footnote.support.OtherThread;
import org.footnote.support.SignedIn;
import org.footnote.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What two app instances sharing one database may do to one attempt at the same moment, each
 * played out in a fixed order: the first holds its transaction open until the second has run into
 * its locks (or finished without). Whatever the order, an answer reaches the cards and Progress once
 * and neither side fails. The tests run on H2 and on PostgreSQL: {@code TwoInstancesOnH2Test} and
 * {@code TwoInstancesOnPostgresTest} implement this with their context.
 */
interface TwoInstancesAtOnce {

    String PASSWORD = "correct horse battery";

    /** The app under test: one context plays both instances, each call on a thread and connection of its own. */
    ApplicationContext context();

    /** Both instances' sweeps find the same overdue attempt: one submits and feeds it, the other leaves it. */
    @Test
    default void twoSweepsSubmitAndFeedAnOverdueAttemptOnce() throws Exception {
        AttemptSweeper sweeper = bean(AttemptSweeper.class);
        Attempt a = overdueWithTwoAnswers();

        HeldTransaction first = HeldTransaction.open(transactions(), sweeper::sweep);
        var second = OtherThread.run(sweeper::sweep);
        LockWaits.awaitWaitingOrDone(jdbc(), second);
        first.commit();
        OtherThread.join(second);

        assertSubmittedAndFedOnce(a);
    }

    /** The student's page asks for the attempt while another instance's sweep is submitting it. */
    @Test
    default void aRequestDuringASweepWaitsAndFindsTheAttemptSubmitted() throws Exception {
        Attempt a = overdueWithTwoAnswers();

        AttemptFrame frame = duringASweep(a, () -> attempts().frame(a.id()));

        assertThat(frame.finished()).isTrue();
        assertThat(frame.feedbackShown()).isTrue();
        assertSubmittedAndFedOnce(a);
    }

    /** Two tabs (on two instances) answer one question at once: the first answer counts, once. */
    @Test
    default void twoAnswersToOneQuestionRecordAndFeedOne() throws Exception {
        AppUser student = student();
        var quiz = fixture(student, AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, 1));
        long id = SignedIn.as(student, () -> bean(AssignmentService.class).start(quiz.quizId()));

        HeldTransaction first = HeldTransaction.open(transactions(),
                () -> SignedIn.as(student, () -> attempts().answer(id, 0, "27 June 1997", 1000)));
        var second = OtherThread.supply(() -> SignedIn.as(student, () -> attempts().answer(id, 0, "25 May 1995", 1000)));
        LockWaits.awaitWaitingOrDone(jdbc(), second);
        first.commit();
        Feedback seen = OtherThread.join(second);

        assertThat(seen.givenAnswer()).as("the second tab is shown the answer that won").isEqualTo("27 June 1997");
        assertThat(seen.correct()).isTrue();
        assertThat(answersCounted(student, "test-accord-date")).isEqualTo(1);
        assertThat(answersOnAllDays(student)).isEqualTo(1);
    }

    /** A timed quiz with feedback after submission: two answers saved, not yet fed, and the time is up. */
    private Attempt overdueWithTwoAnswers() {
        AppUser student = student();
        var quiz = fixture(student, AssignedQuizFixture.settings(FeedbackTiming.AFTER_SUBMISSION, 10, 1));
        long id = SignedIn.as(student, () -> {
            long started = bean(AssignmentService.class).start(quiz.quizId());
            attempts().answer(started, 0, "27 June 1997", 1000);
            attempts().answer(started, 1, "Primakov", 1000);
            return started;
        });
        assertThat(answersOnAllDays(student)).as("held back until submission").isZero();
        bean(TestClock.class).advance(Duration.ofMinutes(11));
        return new Attempt(student, id);
    }

    /** The student's call, made while a sweep holds the attempt: it waits for the sweep to commit. */
    private <T> T duringASweep(Attempt a, java.util.function.Supplier<T> call) throws Exception {
        HeldTransaction sweep = HeldTransaction.open(transactions(), bean(AttemptSweeper.class)::sweep);
        var request = OtherThread.supply(() -> SignedIn.as(a.student(), call));
        LockWaits.awaitWaitingOrDone(jdbc(), request);
        sweep.commit();
        return OtherThread.join(request);
    }

    private void assertSubmittedAndFedOnce(Attempt a) {
        var summary = SignedIn.as(a.student(), () -> attempts().summary(a.id()));
        assertThat(summary.submittedAtTimeLimit()).isTrue();
        assertThat(summary.frame().feedbackShown()).isTrue();
        assertThat(answersOnAllDays(a.student())).as("each answer fed once").isEqualTo(2);
        assertThat(answersCounted(a.student(), "test-accord-date")).isEqualTo(1);
        assertThat(answersCounted(a.student(), "test-primakov")).isEqualTo(1);
    }

    private AssignedQuizFixture fixture(AppUser student, org.footnote.quiz.assigned.QuizSettings settings) {
        AppUser teacher = bean(AccountService.class).createInstructor(unique("teacher"), "Teacher", PASSWORD);
        var fixture = AssignedQuizFixture.create(bean(ClassService.class), bean(QuizAuthoringService.class), SignedIn::as,
                teacher, java.util.List.of(student), settings, AssignedQuizFixture.handPicked());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return fixture;
    }

    private AppUser student() {
        return bean(AccountService.class).registerStudent("Student", unique("student"), PASSWORD);
    }

    private int answersOnAllDays(AppUser student) {
        return jdbc().queryForObject("select coalesce(sum(answers), 0) from daily_activity where user_id = ?", Integer.class,
                student.getId());
    }

    private int answersCounted(AppUser student, String questionId) {
        return jdbc().queryForObject("select coalesce(sum(answers), 0) from question_stats where user_id = ? "
                + "and question_id = ?", Integer.class, student.getId(), questionId);
    }

    private <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    private AttemptService attempts() {
        return bean(AttemptService.class);
    }

    private JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    private PlatformTransactionManager transactions() {
        return bean(PlatformTransactionManager.class);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Attempt(AppUser student, long id) {
    }
}
