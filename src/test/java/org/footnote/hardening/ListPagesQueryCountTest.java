package org.footnote.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.footnote.account.AppUser;
import org.footnote.classes.ClassService;
import org.footnote.classes.ui.ClassesView;
import org.footnote.classes.ui.JoinClassView;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.assigned.AssignedQuizFixture;
import org.footnote.quiz.assigned.AssignmentService;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.ui.AssignedView;
import org.footnote.quiz.assigned.ui.QuizzesView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list pages read their rows in a fixed number of SQL statements, not one or more per row: an
 * instructor's quizzes and classes, and a student's assigned quizzes, cost the same with 30 rows as
 * with 3 (ListPagesBenchmarkTest measures them at a school's size).
 */
class ListPagesQueryCountTest extends KaribuTest {

    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AttemptService attempts;

    /** An instructor and a student sharing {@code n} classes, each with a quiz the student has taken once. */
    private record School(AppUser teacher, AppUser student) {
    }

    private School school(int n) {
        AppUser teacher = newInstructor();
        AppUser student = newStudent();
        for (int i = 0; i < n; i++) {
            login(teacher);
            var c = classes.create("Class " + i);
            long quiz = authoring.create("Quiz " + i);
            authoring.setSlots(quiz, AssignedQuizFixture.handPicked());
            authoring.publish(quiz, Set.of(c.id()));
            login(student);
            classes.join(c.joinCode());
            attempts.finish(assignments.start(quiz));
        }
        return new School(teacher, student);
    }

    /** Statements issued to open the page, after it was opened once (so nothing is counted that a first visit warms). */
    private int statementsToOpen(AppUser user, Class<? extends Component> page) {
        login(user);
        UI.getCurrent().navigate(page);
        UI.getCurrent().navigate(JoinClassView.class);
        return statements.during(() -> UI.getCurrent().navigate(page));
    }

    /** Statements per page, and per service call behind it. */
    private Map<String, Integer> statementsPerPage(School school) {
        Map<String, Integer> issued = new TreeMap<>();
        issued.put("quizzes page", statementsToOpen(school.teacher(), QuizzesView.class));
        issued.put("quizzes service", statements.during(authoring::mine));
        issued.put("classes page", statementsToOpen(school.teacher(), ClassesView.class));
        issued.put("classes service", statements.during(classes::taught));
        issued.put("assigned page", statementsToOpen(school.student(), AssignedView.class));
        issued.put("assigned service", statements.during(assignments::assigned));
        return issued;
    }

    @Test
    void listPagesIssueAsManyStatementsForThirtyRowsAsForThree() {
        School few = school(3);
        School many = school(30);

        Map<String, Integer> forFew = statementsPerPage(few);
        Map<String, Integer> forMany = statementsPerPage(many);

        assertThat(forMany).isEqualTo(forFew);
        assertThat(forFew.values()).allSatisfy(n -> assertThat(n).isPositive());
        login(many.teacher());
        assertThat(authoring.mine()).hasSize(30);
        assertThat(classes.taught()).hasSize(30);
        login(many.student());
        assertThat(assignments.assigned()).hasSize(30).allSatisfy(q -> assertThat(q.attempts()).hasSize(1));
    }
}
