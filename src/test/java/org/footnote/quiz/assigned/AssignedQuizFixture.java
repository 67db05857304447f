package org.footnote.quiz.assigned;

import java.util.List;
import java.util.function.Consumer;
import org.footnote.account.AppUser;
import org.footnote.classes.ClassService;
import org.footnote.quiz.FeedbackTiming;

/**
 * A class with students and a published quiz over the test bank, made through the services as an
 * instructor would. {@code login} signs a user in the way the calling test does.
 */
public record AssignedQuizFixture(AppUser teacher, long classId, long quizId, List<AppUser> students) {

    /** Test-bank questions with known answers: multiple choice, short answer, true-false. */
    public static final List<String> QUESTIONS = List.of("test-accord-date", "test-primakov", "test-border-group-tf");

    public static AssignedQuizFixture create(ClassService classes, QuizAuthoringService authoring, Consumer<AppUser> login,
                                             AppUser teacher, List<AppUser> students, QuizSettings settings,
                                             List<SlotSpec> slots) {
        login.accept(teacher);
        var c = classes.create("Class of " + teacher.getUsername());
        for (AppUser s : students) {
            login.accept(s);
            classes.join(c.joinCode());
        }
        login.accept(teacher);
        long quizId = authoring.create(settings.title());
        authoring.saveSettings(quizId, settings);
        authoring.setSlots(quizId, slots);
        authoring.publish(quizId, java.util.Set.of(c.id()));
        return new AssignedQuizFixture(teacher, c.id(), quizId, students);
    }

    public static List<SlotSpec> handPicked() {
        return QUESTIONS.stream().map(SlotSpec::question).toList();
    }

    public static QuizSettings settings(FeedbackTiming feedback, Integer minutes, Integer attempts) {
        return new QuizSettings("Week 3 check", "Answer from the readings.", minutes, attempts, false, false, feedback,
                null, null);
    }
}
