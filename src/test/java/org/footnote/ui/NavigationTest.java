package org.footnote.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.footnote.account.AppUser;
import org.footnote.ui.errors.AccessDeniedView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.footnote.shared.ui.Announcer;

class NavigationTest extends KaribuTest {

    @Test
    void aStudentSeesTheStudyPagesAndTheirName() {
        AppUser student = newStudent();
        login(student);
        UI.getCurrent().navigate("");

        assertThat(navigationLabels()).containsExactly("Practice", "Assigned quizzes", "Flashcards", "Mistakes", "Progress", "Documents",
                "Flashcard settings", "Join a class", "Account");
        assertThat(_find(SideNavItem.class).stream().filter(i -> i.getLabel().equals("Flashcard settings")))
                .singleElement().satisfies(i -> assertThat(i.getPath()).isEqualTo("flashcards/settings"));
        assertThat(_find(SideNavItem.class)).filteredOn(i -> i.getLabel().equals("Join a class")).singleElement()
                .extracting(SideNavItem::getPath).isEqualTo("classes/join");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText()).isEqualTo(student.getDisplayName());
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("practice");
    }

    @Test
    void anInstructorAlsoSeesTheTeachingPages() {
        login(newInstructor());
        UI.getCurrent().navigate("");

        assertThat(navigationLabels()).containsExactly("Practice", "Assigned quizzes", "Flashcards", "Mistakes", "Progress",
                "Documents", "Bank", "Quizzes", "Classes", "Instructors", "Account");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("bank");
    }

    @Test
    void aStudentWhoTypesAnInstructorAddressIsDenied() {
        login(newStudent());
        for (String address : List.of("bank", "quizzes", "classes")) {
            UI.getCurrent().navigate(address);
            _get(AccessDeniedView.class);
            assertThat(_find(H1.class)).extracting(H1::getText).contains("You do not have access to this page");
        }
    }

    @Test
    void theLayoutCarriesOnePermanentLiveRegion() {
        login(newStudent());
        UI.getCurrent().navigate("practice");
        Announcer announcer = _get(Announcer.class);
        assertThat(announcer.getElement().getAttribute("role")).isEqualTo("status");

        Announcer.announce("Correct.");
        assertThat(announcer.getText()).isEqualTo("Correct.");
        Announcer.announce("Correct.");
        assertThat(announcer.getText()).startsWith("Correct.").isNotEqualTo("Correct.");

        UI.getCurrent().navigate("flashcards");
        Announcer afterNavigation = _get(Announcer.class);
        Announcer.announce("Next card.");
        assertThat(afterNavigation.getText()).isEqualTo("Next card.");
    }

    private static List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
