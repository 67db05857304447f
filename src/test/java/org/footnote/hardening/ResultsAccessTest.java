package org.footnote.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.footnote.account.AppUser;
import org.footnote.classes.ClassService;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.FeedbackTiming;
import org.footnote.quiz.assigned.AssignedQuizFixture;
import org.footnote.quiz.assigned.AssignmentService;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.QuizResults;
import org.footnote.quiz.assigned.QuizResultsService;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nobody sees what isn't theirs: a co-instructor of one class reads only that class's students. */
class ResultsAccessTest extends KaribuTest {

    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AttemptService attempts;
    @Autowired
    QuizResultsService results;

    @Test
    void aCoInstructorOfOneClassSeesOnlyThatClassInResultsAndCsv() {
        AppUser inA = newStudent();
        AppUser inB = newStudent();
        AppUser coInstructor = newInstructor();
        var fixture = AssignedQuizFixture.create(classes, authoring, this::login, newInstructor(), List.of(inA),
                AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, null), AssignedQuizFixture.handPicked());
        login(fixture.teacher());
        var classA = fixture.classId();
        classes.addCoInstructor(classA, coInstructor.getUsername());
        var classB = classes.create("Class B of " + fixture.teacher().getUsername());
        authoring.publish(fixture.quizId(), Set.of(classA, classB.id()));
        login(inB);
        classes.join(classB.joinCode());
        for (AppUser student : List.of(inA, inB)) {
            login(student);
            long attempt = assignments.start(fixture.quizId());
            attempts.answer(attempt, 0, "27 June 1997", 1000);
            attempts.finish(attempt);
        }

        login(fixture.teacher());
        assertThat(results.results(fixture.quizId(), false).attempts()).extracting(QuizResults.StudentAttempt::username)
                .containsExactlyInAnyOrder(inA.getUsername(), inB.getUsername());
        login(coInstructor);
        assertThat(results.results(fixture.quizId(), false).attempts()).extracting(QuizResults.StudentAttempt::username)
                .containsExactly(inA.getUsername());
        assertThat(results.attemptsCsv(fixture.quizId(), false)).contains(inA.getUsername()).doesNotContain(inB.getUsername())
                .doesNotContain(inB.getDisplayName());
    }

    @Test
    void addingACoInstructorSaysNoSuchInstructorForStudentsAndStrangersAlike() {
        login(newInstructor());
        var c = classes.create("Lonely class");
        String student = newStudent().getUsername();
        assertThatThrownBy(() -> classes.addCoInstructor(c.id(), student)).hasMessage(
                "No such instructor: check the username with your colleague.");
        assertThatThrownBy(() -> classes.addCoInstructor(c.id(), "nobody-at-all")).hasMessage(
                "No such instructor: check the username with your colleague.");
    }
}
