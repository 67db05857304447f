package org.footnote.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.footnote.account.AppUser;
import org.footnote.bank.Kind;
import org.footnote.classes.ClassService;
import org.footnote.progress.MistakeFilter;
import org.footnote.progress.MistakeService;
import org.footnote.quiz.assigned.AssignedQuizFixture;
import org.footnote.quiz.assigned.AssignmentService;
import org.footnote.quiz.assigned.Availability;
import org.footnote.quiz.assigned.DrawRule;
import org.footnote.quiz.assigned.InvalidQuizException;
import org.footnote.quiz.assigned.OverrideTerms;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.QuizNotFoundException;
import org.footnote.quiz.assigned.QuizSettings;
import org.footnote.quiz.assigned.SlotSpec;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Assigned quizzes through the services: publishing, taking, time limits, feedback timing, access. */
class AssignedQuizTest extends KaribuTest {

    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AttemptService attempts;
    @Autowired
    MistakeService mistakes;
    @Autowired
    AttemptSweeper sweeper;

    private AssignedQuizFixture fixture(QuizSettings settings, List<SlotSpec> slots, int students) {
        List<AppUser> learners = java.util.stream.IntStream.range(0, students).mapToObj(i -> newStudent()).toList();
        return AssignedQuizFixture.create(classes, authoring, this::login, newInstructor(), learners, settings, slots);
    }

    @Test
    void aStudentOfTheClassSeesThePublishedQuizAndTakesItWithFeedbackAfterEachAnswer() {
        var f = fixture(AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, 1), AssignedQuizFixture.handPicked(), 1);
        login(f.students().getFirst());
        var listed = assignments.assigned();
        assertThat(listed).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Week 3 check");
            assertThat(q.questions()).isEqualTo(3);
            assertThat(q.availability().status()).isEqualTo(Availability.Status.OPEN);
        });
        long attempt = assignments.start(f.quizId());
        QuizQuestion first = attempts.current(attempt);
        assertThat(first.prompt()).containsIgnoringCase("accord");
        assertThat(first.frame().assigned()).isTrue();
        assertThat(first.frame().title()).isEqualTo("Week 3 check");
        Feedback feedback = attempts.answer(attempt, 0, "27 June 1997", 1000);
        assertThat(feedback.shown()).isTrue();
        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.source().quote()).isNotBlank();
        attempts.answer(attempt, 1, "Nobody", 1000);
        assertThat(mistakes.mistakes(MistakeFilter.all())).extracting(m -> m.question().id()).contains("test-primakov");
    }

    @Test
    void feedbackAfterSubmissionKeepsCorrectnessAndMistakesBackUntilSubmitted() {
        var f = fixture(AssignedQuizFixture.settings(FeedbackTiming.AFTER_SUBMISSION, null, 2), AssignedQuizFixture.handPicked(), 1);
        login(f.students().getFirst());
        long attempt = assignments.start(f.quizId());
        Feedback saved = attempts.answer(attempt, 1, "Nobody", 1000);
        assertThat(saved.shown()).isFalse();
        assertThat(saved.givenAnswer()).isEqualTo("Nobody");
        assertThat(saved.source()).isNull();
        assertThat(attempts.question(attempt, 1).feedback().shown()).isFalse();
        assertThat(attempts.summary(attempt).lines()).as("nothing of it shows before submitting")
                .allSatisfy(l -> assertThat(l.review()).isNull());
        assertThat(mistakes.mistakes(MistakeFilter.all())).isEmpty();

        // Nothing was shown, so the student may still change an answer: the last one counts.
        attempts.answer(attempt, 0, "25 May 1995", 1000);
        attempts.answer(attempt, 0, "27 June 1997", 1000);
        attempts.finish(attempt);
        AttemptSummary summary = attempts.summary(attempt);
        assertThat(summary.frame().feedbackShown()).isTrue();
        assertThat(summary.lines().get(0).correct()).isTrue();
        assertThatThrownBy(() -> attempts.answer(attempt, 0, "25 May 1995", 1)).isInstanceOf(IllegalStateException.class);
        assertThat(summary.lines().get(1).correctAnswer()).isEqualTo("Yevgeny Primakov");
        assertThat(mistakes.mistakes(MistakeFilter.all())).extracting(m -> m.question().id()).containsExactly("test-primakov");
        assertThat(attempts.question(attempt, 1).feedback().shown()).isTrue();
    }

    @Test
    void theServerSubmitsAtTheTimeLimitAndRefusesLateAnswers() {
        var f = fixture(AssignedQuizFixture.settings(FeedbackTiming.AFTER_SUBMISSION, 10, 1), AssignedQuizFixture.handPicked(), 2);
        login(f.students().get(0));
        long late = assignments.start(f.quizId());
        attempts.answer(late, 0, "27 June 1997", 1000);
        assertThat(attempts.frame(late).timeLeft()).isBetween(Duration.ofSeconds(590), Duration.ofMinutes(10));
        login(f.students().get(1));
        long away = assignments.start(f.quizId());

        clock.advance(Duration.ofMinutes(11));
        login(f.students().get(0));
        assertThatThrownBy(() -> attempts.answer(late, 1, "Primakov", 1000)).isInstanceOf(TimeUpException.class);
        AttemptSummary summary = attempts.summary(late);
        assertThat(summary.submittedAtTimeLimit()).isTrue();
        assertThat(summary.answered()).isEqualTo(1);
        assertThat(summary.time()).isEqualTo(Duration.ofMinutes(10));
        assertThat(summary.score()).isEqualTo(1.0);
        assertThat(summary.percent()).as("the unanswered two count as wrong").isEqualTo(33);
        assertThat(summary.lines()).filteredOn(l -> !l.answered()).hasSize(2)
                .allSatisfy(l -> assertThat(l.review().verdict()).isEqualTo("Not answered"))
                .allSatisfy(l -> assertThat(l.review().source().quote()).isNotBlank());
        assertThat(summary.frame().feedbackShown()).isTrue();

        // The other student closed their browser: the server's sweep submits them too.
        sweeper.sweep();
        login(f.students().get(1));
        assertThat(attempts.frame(away).finished()).isTrue();
        assertThat(assignments.assigned().getFirst().attempts()).singleElement()
                .satisfies(p -> assertThat(p.submittedAtTimeLimit()).isTrue());
    }

    @Test
    void extraTimeForOneStudentMovesOnlyTheirDeadline() {
        var f = fixture(AssignedQuizFixture.settings(FeedbackTiming.AFTER_SUBMISSION, 10, 1), AssignedQuizFixture.handPicked(), 2);
        login(f.teacher());
        authoring.saveOverride(f.quizId(), f.students().get(0).getId(), new OverrideTerms(25, null, null));
        login(f.students().get(0));
        long extra = assignments.start(f.quizId());
        login(f.students().get(1));
        long usual = assignments.start(f.quizId());
        clock.advance(Duration.ofMinutes(15));
        assertThat(attempts.frame(usual).finished()).isTrue();
        login(f.students().get(0));
        assertThat(attempts.frame(extra).finished()).isFalse();
        assertThat(attempts.frame(extra).timeLeft()).isBetween(Duration.ofSeconds(590), Duration.ofMinutes(10));
    }

    @Test
    void resultsAfterClosingStayHiddenUntilTheLatestClosingDate() {
        Instant closes = clock.instant().plus(Duration.ofDays(2));
        var settings = new QuizSettings("Essay check", "", null, 1, true, true, FeedbackTiming.AFTER_CLOSE, null, closes);
        var f = fixture(settings, AssignedQuizFixture.handPicked(), 2);
        login(f.teacher());
        authoring.saveOverride(f.quizId(), f.students().get(1).getId(), new OverrideTerms(null, null, closes.plus(Duration.ofDays(1))));
        login(f.students().get(0));
        long attempt = assignments.start(f.quizId());
        for (int i = 0; i < 3; i++) {
            attempts.answer(attempt, i, "wrong answer", 1);
        }
        assertThat(attempts.finish(attempt).feedbackShown()).isFalse();

        clock.advance(Duration.ofDays(2).plusHours(1));
        sweeper.sweep();
        assertThat(attempts.summary(attempt).frame().feedbackShown()).as("another student still has a day").isFalse();
        assertThat(mistakes.mistakes(MistakeFilter.all())).isEmpty();

        clock.advance(Duration.ofDays(1));
        sweeper.sweep();
        assertThat(attempts.summary(attempt).frame().feedbackShown()).isTrue();
        assertThat(attempts.summary(attempt).lines()).hasSize(3)
                .allSatisfy(l -> assertThat(l.review().source().quote()).isNotBlank());
        assertThat(mistakes.mistakes(MistakeFilter.all())).hasSize(3);
    }

    @Test
    void datesAndAttemptsAreCheckedOnTheServer() {
        Instant opens = clock.instant().plus(Duration.ofHours(1));
        var settings = new QuizSettings("Later", "", null, 1, false, false, FeedbackTiming.EACH_ANSWER, opens, opens.plus(Duration.ofDays(1)));
        var f = fixture(settings, AssignedQuizFixture.handPicked(), 1);
        login(f.students().getFirst());
        assertThatThrownBy(() -> assignments.start(f.quizId())).isInstanceOf(InvalidQuizException.class).hasMessageContaining("not open yet");
        clock.advance(Duration.ofHours(2));
        long attempt = assignments.start(f.quizId());
        assertThat(assignments.start(f.quizId())).as("an open attempt is resumed, not doubled").isEqualTo(attempt);
        attempts.finish(attempt);
        assertThatThrownBy(() -> assignments.start(f.quizId())).hasMessageContaining("used all your attempts");
        clock.advance(Duration.ofDays(2));
        assertThat(assignments.assigned().getFirst().availability().status()).isEqualTo(Availability.Status.CLOSED);
    }

    @Test
    void rulesDrawPerAttemptAndSlotsAreFixedOnceAttempted() {
        var rule = SlotSpec.rule(new DrawRule(2, "test-olimov", Kind.ACTOR, null));
        var f = fixture(AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, null),
                List.of(SlotSpec.question("test-accord-date"), rule), 1);
        login(f.students().getFirst());
        long attempt = assignments.start(f.quizId());
        assertThat(attempts.current(attempt).total()).isEqualTo(3);
        assertThat(List.of(attempts.question(attempt, 1).prompt(), attempts.question(attempt, 2).prompt()))
                .allSatisfy(p -> assertThat(p).doesNotContainIgnoringCase("accord"));
        login(f.teacher());
        assertThat(authoring.draft(f.quizId()).attempted()).isTrue();
        assertThatThrownBy(() -> authoring.setSlots(f.quizId(), AssignedQuizFixture.handPicked()))
                .isInstanceOf(InvalidQuizException.class).hasMessageContaining("fixed");
    }

    @Test
    void aWholeQuizExportsToGiftWithACategoryPerRuleAndParsesBackCleanly() {
        login(newInstructor());
        long quizId = authoring.create("Peace process");
        authoring.setSlots(quizId, List.of(SlotSpec.question("test-accord-date"),
                SlotSpec.rule(new DrawRule(1, "test-olimov", Kind.ACTOR, null))));
        String gift = authoring.exportGift(quizId);
        assertThat(gift).contains("$CATEGORY: $course$/Footnote/Peace process\n",
                "$CATEGORY: $course$/Footnote/Peace process/Rule 1 - 1 random actor question from Olimov (1999)");
        var parsed = org.footnote.bank.gift.GiftParser.parse(gift);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions()).hasSize(3);
        assertThat(gift).contains("####Source\\: \u201cThe concluding round produced a General Agreement");
    }

    @Test
    void publishingNeedsDrawableQuestionsAndOwnClasses() {
        AppUser author = newInstructor();
        login(author);
        long quizId = authoring.create("Empty");
        var mine = classes.create("Mine");
        assertThatThrownBy(() -> authoring.publish(quizId, Set.of(mine.id()))).hasMessageContaining("Add questions");
        authoring.setSlots(quizId, List.of(SlotSpec.rule(new DrawRule(9, "test-olimov", Kind.ACTOR, null))));
        assertThat(authoring.draft(quizId).slots().getFirst().shortOfQuestions()).isTrue();
        assertThatThrownBy(() -> authoring.publish(quizId, Set.of(mine.id()))).hasMessageContaining("too few");
        login(newInstructor());
        var theirs = classes.create("Theirs");
        login(author);
        assertThatThrownBy(() -> authoring.publish(quizId, Set.of(theirs.id()))).hasMessageContaining("classes you teach");
    }

    @Test
    void nobodyElseReachesAQuizOrAnAttempt() {
        var f = fixture(AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, 1), AssignedQuizFixture.handPicked(), 1);
        login(f.students().getFirst());
        long attempt = assignments.start(f.quizId());
        assertThatThrownBy(() -> authoring.draft(f.quizId())).isInstanceOf(AccessDeniedException.class);

        AppUser outsider = newStudent();
        login(outsider);
        assertThat(assignments.assigned()).isEmpty();
        assertThatThrownBy(() -> assignments.start(f.quizId())).isInstanceOf(QuizNotFoundException.class);
        assertThatThrownBy(() -> attempts.summary(attempt)).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> attempts.answer(attempt, 0, "x", 1)).isInstanceOf(AttemptNotFoundException.class);

        login(newInstructor());
        assertThatThrownBy(() -> authoring.draft(f.quizId())).isInstanceOf(QuizNotFoundException.class);
        assertThatThrownBy(() -> authoring.saveOverride(f.quizId(), f.students().getFirst().getId(),
                new OverrideTerms(60, null, null))).isInstanceOf(QuizNotFoundException.class);
    }
}
