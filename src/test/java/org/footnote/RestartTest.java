package org.footnote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.cards.ReviewService;
import org.footnote.cards.fsrs.Rating;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.quiz.StartedQuiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Answers and reviews are in the H2 file after the application stops and starts again. */
class RestartTest {

    @TempDir
    Path dataDir;

    /** Booting whole applications replaces Spring Security's global holder strategy: put it back after. */
    private final org.springframework.security.core.context.SecurityContextHolderStrategy strategy =
            SecurityContextHolder.getContextHolderStrategy();

    @org.junit.jupiter.api.AfterEach
    void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        SecurityContextHolder.clearContext();
    }

    @Test
    void answersAndReviewsSurviveARestart() {
        long attemptId;
        String username;
        try (var app = start()) {
            AppUser student = app.getBean(AccountService.class).registerStudent("Restart", "restart-student",
                    "the peace accord of 1997");
            username = student.getUsername();
            signIn(username);
            StartedQuiz quiz = app.getBean(PracticeService.class).start(new PracticeSettings(Set.of(),
                    Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
            attemptId = quiz.attemptId();
            app.getBean(org.footnote.quiz.AttemptService.class).answer(attemptId, 0, "27 June 1997", 900);
            var reviews = app.getBean(ReviewService.class);
            reviews.rate(reviews.next().orElseThrow(), Rating.GOOD, 1500);
        } finally {
            SecurityContextHolder.clearContext();
        }

        try (var app = start()) {
            var jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select given_answer from attempt_item where attempt_id = ? and answered_at is not null",
                    String.class, attemptId)).containsExactly("27 June 1997");
            assertThat(jdbc.queryForObject("select count(*) from review_log r join app_user u on u.id = r.user_id "
                    + "where u.username = ?", Integer.class, username)).isEqualTo(1);
            List<String> instructors = jdbc.queryForList("select username from app_user where role = 'INSTRUCTOR'", String.class);
            assertThat(instructors).containsExactly("instructor");
        }
    }

    private ConfigurableApplicationContext start() {
        var app = new SpringApplication(FootnoteApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        return app.run("--server.port=0", "--footnote.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("footnote") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--footnote.bank-dir=src/test/resources/test-bank", "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.root=warn");
    }

    private static void signIn(String username) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_STUDENT"));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities));
    }
}
