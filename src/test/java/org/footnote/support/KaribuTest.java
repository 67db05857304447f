package org.footnote.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.util.UUID;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base for view tests: one shared Spring context (in-memory database), a fresh mocked Vaadin UI
 * per test, and sign-in as a real account without a browser (Karibu 2.7 has no login helper).
 */
public abstract class KaribuTest extends SpringTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected AccountService accounts;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            Routes found = new Routes().autoDiscoverViews("org.footnote");
            // Our own "Not found" page, not Karibu's fail-fast stand-in, answers a missing route.
            var errorRoutes = new java.util.LinkedHashSet<>(found.getErrorRoutes());
            errorRoutes.removeIf(c -> c.getSimpleName().equals("MockRouteNotFoundError"));
            routes = new Routes(found.getRoutes(), errorRoutes, found.getSkipPwaInit());
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(routes, context, MockedUI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A new student with a unique username; the password is {@link #PASSWORD}. */
    protected AppUser newStudent() {
        String name = "student-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.registerStudent("Student " + name.substring(8), name, PASSWORD);
    }

    protected AppUser newInstructor() {
        String name = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createInstructor(name, "Teacher " + name.substring(8), PASSWORD);
    }

    /** Signs {@code user} in, as Spring Security would after a successful form login. */
    protected void login(AppUser user) {
        var authentication = SignedIn.as(user);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> user.getRole() == Role.valueOf(role));
    }

    protected static <T extends com.vaadin.flow.component.Component> T navigate(Class<T> view) {
        return UI.getCurrent().navigate(view).orElseThrow();
    }
}
