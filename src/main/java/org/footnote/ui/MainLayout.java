package org.footnote.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import org.footnote.account.AccountPage;
import org.footnote.account.AppUser;
import org.footnote.account.CurrentUser;
import org.footnote.shared.ui.Announcer;
import org.footnote.shared.ui.Times;
import org.footnote.ui.errors.ErrorBanner;

/** The frame around every signed-in page: app bar, navigation for the user's role, live region, error banner. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver, AccountPage.NameDisplay {

    static final String CONTENT_ID = "main-content";
    /** The Account page, where a password someone else chose is replaced. */
    static final String ACCOUNT = AccountPage.ROUTE;
    private final ErrorBanner errors = new ErrorBanner();
    /** Read with the user when the layout is made; asked again only while it holds, until it is cleared. */
    private boolean mustChangePassword;
    private long builtFor;
    private final CurrentUser currentUser;
    private final Span name = new Span();

    public MainLayout(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("main-layout");
        setPrimarySection(Section.NAVBAR);

        var skip = new Anchor("#" + CONTENT_ID, "Skip to content");
        skip.addClassName("skip-link");
        // A bare #link would follow Vaadin's base URL to the start page: move focus to the page's h1 instead.
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const page = document.getElementById($0); const target = (page && page.querySelector('h1')) || page;"
                + " if (target) { if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }"
                + " target.focus(); } });", CONTENT_ID);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide navigation");
        var brand = new Anchor("", "Footnote");
        brand.addClassName("brand");

        AppUser user = currentUser.require();
        builtFor = user.getId();
        mustChangePassword = user.mustChangePassword();
        name.setText(user.getDisplayName());
        name.addClassName("user-name");
        name.getElement().setAttribute("title", "Signed in as " + user.getUsername());
        var logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> currentUser.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        var userBox = new Div(name, logout);
        userBox.addClassName("user-box");

        // Landmarks, so that screen-reader users can jump between the bar, the menu and the page.
        var appBar = new Header(skip, toggle, brand, userBox, new Announcer(), errors);
        appBar.addClassName("app-bar");
        addToNavbar(appBar);
        var menu = new Nav(navigation(currentUser.isInstructor()), new Appearance());
        menu.getElement().setAttribute("aria-label", "Menu");
        addToDrawer(menu);
        addAttachListener(e -> {
            if (e.isInitialAttach() && e.getSession().getAttribute(java.time.ZoneId.class) == null) {
                Times.learnZone(e.getUI());
            }
        });
    }

    /** Study pages for everyone; teaching pages only for instructors (the views check again). */
    static Component navigation(boolean instructor) {
        var study = new SideNav("Study");
        study.addItem(new SideNavItem("Practice", "practice", VaadinIcon.QUESTION_CIRCLE_O.create()),
                new SideNavItem("Assigned quizzes", "assigned", VaadinIcon.CLIPBOARD_CHECK.create()),
                new SideNavItem("Flashcards", "flashcards", VaadinIcon.RECORDS.create()),
                new SideNavItem("Mistakes", "mistakes", VaadinIcon.EXCLAMATION_CIRCLE_O.create()),
                new SideNavItem("Progress", "progress", VaadinIcon.CHART.create()),
                new SideNavItem("Documents", "documents", VaadinIcon.BOOK.create()));
        if (!instructor) {
            study.addItem(new SideNavItem("Flashcard settings", "flashcards/settings", VaadinIcon.COG_O.create()));
            study.addItem(new SideNavItem("Join a class", "classes/join", VaadinIcon.USER_CHECK.create()));
        }
        var navs = new Div(study);
        navs.addClassName("navigation");
        if (instructor) {
            var teach = new SideNav("Teach");
            teach.addItem(new SideNavItem("Bank", "bank", VaadinIcon.ARCHIVE.create()),
                    new SideNavItem("Quizzes", "quizzes", VaadinIcon.LIST_OL.create()),
                    new SideNavItem("Classes", "classes", VaadinIcon.USERS.create()),
                    new SideNavItem("Instructors", "instructors", VaadinIcon.ACADEMY_CAP.create()));
            navs.add(teach);
        }
        var you = new SideNav("You");
        you.addItem(new SideNavItem("Account", ACCOUNT, VaadinIcon.USER.create()));
        navs.add(you);
        return navs;
    }

    /** Until a password someone else chose is replaced, every page is the Account page (checked here, on the server). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.id() != builtFor) {
            // Vaadin keeps this layout across pages of one UI; should the signed-in account differ from the one
            // it was built for, its state is read again rather than trusted.
            AppUser user = currentUser.require();
            builtFor = user.getId();
            mustChangePassword = user.mustChangePassword();
            name.setText(user.getDisplayName());
        }
        if (!mustChangePassword || event.getLocation().getPath().equals(ACCOUNT)) {
            return;
        }
        // Only a user who must change their password costs a lookup per page, and only until they have.
        mustChangePassword = currentUser.get().map(AppUser::mustChangePassword).orElse(false);
        if (mustChangePassword) {
            event.forwardTo(ACCOUNT);
        }
    }

    /** The name in the app bar, after the user changes it. */
    public void showName(String displayName) {
        name.setText(displayName);
    }

    /** A failure on one page is not shown on the next. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        errors.hide();
    }

    /** The page's own content is the skip link's target. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", CONTENT_ID);
            // No tabindex here: a negative tabindex on a shadow host (every Vaadin layout is one) takes
            // everything inside it out of the Tab order; the skip link focuses the page's h1 instead.
            content.getElement().setAttribute("role", "main");
        }
    }
}
