package org.footnote.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.footnote.account.AppUser;
import org.footnote.classes.ui.ClassesView;
import org.footnote.classes.ui.JoinClassView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Classes: an instructor creates one, a student joins with its code, the roster, and who may do what. */
class ClassesTest extends KaribuTest {

    @Autowired
    ClassService classes;

    @Test
    void anInstructorCreatesAClassAndAStudentJoinsWithItsCodeTypedLoosely() {
        AppUser teacher = newInstructor();
        login(teacher);
        UI.getCurrent().navigate(ClassesView.class);
        _setValue(_get(TextField.class, s -> s.withLabel("New class")), "IR 210");
        _click(_get(Button.class, s -> s.withText("Create class")));
        var created = classes.taught().getFirst();
        assertThat(created.name()).isEqualTo("IR 210");

        AppUser student = newStudent();
        login(student);
        UI.getCurrent().navigate(JoinClassView.class);
        _setValue(_get(TextField.class, s -> s.withLabel("Class code")), created.joinCode().toLowerCase().replace("-", " "));
        _click(_get(Button.class, s -> s.withText("Join")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly("IR 210");

        login(teacher);
        assertThat(classes.roster(created.id())).singleElement()
                .satisfies(r -> assertThat(r.username()).isEqualTo(student.getUsername()));
    }

    @Test
    void aWrongCodeIsExplainedAndJoinsNothing() {
        login(newStudent());
        UI.getCurrent().navigate(JoinClassView.class);
        _setValue(_get(TextField.class, s -> s.withLabel("Class code")), "XXXX-0000");
        _click(_get(Button.class, s -> s.withText("Join")));
        TextField code = _get(TextField.class, s -> s.withLabel("Class code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("No class has this code");
        assertThat(classes.joinedClassNames()).isEmpty();
    }

    @Test
    void aNewCodeRetiresTheOldOne() {
        login(newInstructor());
        var c = classes.create("Seminar");
        var renewed = classes.regenerateCode(c.id());
        assertThat(renewed.joinCode()).isNotEqualTo(c.joinCode());
        login(newStudent());
        assertThatThrownBy(() -> classes.join(c.joinCode())).isInstanceOf(IllegalArgumentException.class);
        assertThat(classes.join(renewed.joinCode()).name()).isEqualTo("Seminar");
    }

    @Test
    void removingAStudentTakesThemOffTheRoster() {
        AppUser teacher = newInstructor();
        login(teacher);
        var c = classes.create("Tutorial");
        login(newStudent());
        classes.join(c.joinCode());
        login(teacher);
        UI.getCurrent().navigate(ClassesView.class);
        @SuppressWarnings("unchecked")
        Grid<ClassService.ClassSummary> grid = _find(Grid.class).getFirst();
        grid.select(GridKt._get(grid, 0));
        @SuppressWarnings("unchecked")
        Grid<ClassService.RosterEntry> roster = _find(Grid.class).get(1);
        _click((Button) GridKt._getCellComponent(roster, 0, "remove"));
        assertThat(classes.roster(c.id())).isEmpty();
    }

    @Test
    void aColleagueCanBeAddedAndOtherInstructorsSeeNothing() {
        AppUser owner = newInstructor();
        AppUser colleague = newInstructor();
        AppUser stranger = newInstructor();
        login(owner);
        var c = classes.create("Shared class");
        classes.addCoInstructor(c.id(), colleague.getUsername());
        assertThatThrownBy(() -> classes.addCoInstructor(c.id(), newStudent().getUsername()))
                .isInstanceOf(IllegalArgumentException.class);

        login(colleague);
        assertThat(classes.taught()).extracting(ClassService.ClassSummary::name).containsExactly("Shared class");
        login(stranger);
        assertThat(classes.taught()).isEmpty();
        assertThatThrownBy(() -> classes.roster(c.id())).isInstanceOf(ClassService.ClassNotFoundException.class);
        assertThatThrownBy(() -> classes.regenerateCode(c.id())).isInstanceOf(ClassService.ClassNotFoundException.class);
    }

    @Test
    void studentsCannotManageClasses() {
        login(newStudent());
        assertThatThrownBy(() -> classes.create("Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.taught()).isInstanceOf(AccessDeniedException.class);
    }
}
