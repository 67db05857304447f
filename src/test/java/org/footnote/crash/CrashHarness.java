package org.footnote.crash;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.footnote.FootnoteApplication;
import org.footnote.account.AccountService;
import org.footnote.cards.ReviewService;
import org.footnote.cards.fsrs.Rating;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.quiz.QuizQuestion;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * The crash test's victim, run as a process of its own: the whole application on the file database
 * of {@code args[0]} (its default configuration), a student answering quiz questions and rating
 * flashcards through the real services, without end. Each line it prints confirms one answer or
 * rating the service returned as saved, as the student would have seen it on screen:
 * {@code ANSWER <attempt> <position> <given>} or {@code REVIEW <question> <rating count>}.
 */
public final class CrashHarness {

    static final String STUDENT = "crash-student";
    static final String READY = "READY";

    private CrashHarness() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        var app = new SpringApplication(FootnoteApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        var context = app.run("--server.port=0", "--footnote.data-dir=" + dataDir,
                "--footnote.bank-dir=src/test/resources/test-bank", "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.root=" + System.getProperty("harness.log", "error"), "--footnote.attempt-sweep.interval=PT1000H");
        var accounts = context.getBean(AccountService.class);
        if (accounts.findByUsername(STUDENT).isEmpty()) {
            accounts.registerStudent("Crash Student", STUDENT, "a crash course in durability");
        }
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_STUDENT"));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(STUDENT, "", authorities), null, authorities));
        var practice = context.getBean(PracticeService.class);
        var attempts = context.getBean(AttemptService.class);
        var reviews = context.getBean(ReviewService.class);
        System.out.println(READY);
        System.out.flush();
        int round = 0;
        while (true) {
            long attempt = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(), 5)).attemptId();
            for (int position = 0; position < 5; position++) {
                QuizQuestion q = attempts.question(attempt, position);
                String given = switch (q.format()) {
                    case MULTIPLE_CHOICE, TRUE_FALSE -> q.options().get(round++ % q.options().size());
                    case SHORT_ANSWER -> "answer " + round++;
                    case ORDERING -> String.join("|", q.options());
                };
                if (q.format() == org.footnote.bank.Format.ORDERING) {
                    attempts.answerOrdering(attempt, position, q.options(), 1000);
                } else {
                    attempts.answer(attempt, position, given, 1000);
                }
                confirm("ANSWER " + attempt + " " + position + " " + given.replace(' ', '_'));
                var card = reviews.next();
                if (card.isPresent()) {
                    reviews.rate(card.get(), Rating.GOOD, 800);
                    confirm("REVIEW " + card.get().questionId());
                }
            }
        }
    }

    private static void confirm(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
