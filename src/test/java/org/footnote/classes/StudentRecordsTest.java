package org.footnote.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.Set;
import org.footnote.account.AppUser;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.progress.MistakeFilter;
import org.footnote.progress.MistakeService;
import org.footnote.progress.ProgressService;
import org.footnote.progress.ui.MistakeGrid;
import org.footnote.progress.ui.StudentView;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.ui.errors.AccessDeniedView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An instructor reads their own students' Progress and Mistakes, never anyone else's. */
class StudentRecordsTest extends KaribuTest {

    @Autowired
    ClassService classes;
    @Autowired
    PracticeService practice;

    @Autowired
    org.footnote.quiz.AttemptService attempts;
    @Autowired
    ProgressService progress;
    @Autowired
    MistakeService mistakes;
    AppUser teacher;
    AppUser student;

    @BeforeEach
    void aStudentInAClassWithOneMistake() {
        teacher = newInstructor();
        login(teacher);
        var c = classes.create("IR 210");
        student = newStudent();
        login(student);
        classes.join(c.joinCode());
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, "25 May 1995", 1000);
    }

    @Test
    void theirInstructorSeesTheirProgressAndMistakesReadOnly() {
        login(teacher);
        UI.getCurrent().navigate("students/" + student.getId());
        _get(StudentView.class);
        assertThat(_find(H1.class)).extracting(H1::getText).contains(student.getDisplayName());
        assertThat(GridKt._size(_get(MistakeGrid.class))).isEqualTo(1);
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withText("Practise"))).isEmpty();
        assertThat(progress.dashboardOf(student.getId()).answers()).isEqualTo(1);
        assertThat(progress.dashboardOf(student.getId()).dueNow()).isEqualTo(1); // the missed question, due in their cards
    }

    @Test
    void aStudentWithoutMistakesReadsNoMistakesYet() {
        login(teacher);
        String code = classes.taught().getFirst().joinCode();
        AppUser fresh = newStudent();
        login(fresh);
        classes.join(code);
        login(teacher);
        UI.getCurrent().navigate("students/" + fresh.getId());
        _get(StudentView.class);
        assertThat(_find(MistakeGrid.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .anySatisfy(t -> assertThat(t).startsWith("No mistakes yet"));
    }

    @Test
    void anotherInstructorIsRefusedByUrlAndByService() {
        login(newInstructor());
        UI.getCurrent().navigate("students/" + student.getId());
        _get(AccessDeniedView.class);
        assertThatThrownBy(() -> progress.dashboardOf(student.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mistakes.mistakesOf(student.getId(), MistakeFilter.all()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRemovedStudentIsNoLongerVisible() {
        login(teacher);
        long classId = classes.taught().getFirst().id();
        classes.removeStudent(classId, student.getId());
        assertThatThrownBy(() -> progress.dashboardOf(student.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStudentCannotOpenAnotherStudentsRecords() {
        login(newStudent());
        UI.getCurrent().navigate("students/" + student.getId());
        _get(AccessDeniedView.class);
        assertThatThrownBy(() -> progress.dashboardOf(student.getId())).isInstanceOf(AccessDeniedException.class);
    }
}
