package org.footnote.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.footnote.FootnoteApplication;
import org.footnote.account.AccountService;
import org.footnote.account.Role;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionRef;
import org.footnote.classes.ClassService;
import org.footnote.classes.ClassService.ClassSummary;
import org.footnote.quiz.FeedbackTiming;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.QuizListRow;
import org.footnote.quiz.assigned.QuizSettings;
import org.footnote.quiz.assigned.SlotSpec;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * The school the load test needs, made through the application's own services (no back door in the
 * product): the learners' and the class's student accounts, an instructor, the class with all its
 * pupils, and a fresh timed quiz published to it. Run as a process of its own on the server's
 * database: before the jar starts on its H2 folder, or beside running servers on a shared
 * PostgreSQL ({@code SPRING_DATASOURCE_URL}). It may run again on the same database: accounts and
 * the class are reused, earlier load quizzes are withdrawn from the class.
 * Writes {@code quizId=...} to the file named by {@code args[0]}; the other arguments go to Spring
 * (such as {@code --footnote.data-dir=...}).
 */
public final class SchoolSeed {

    static final String INSTRUCTOR = "load-instructor";
    static final String CLASS_NAME = "Load test class";
    static final String QUIZ_TITLE = "Load test quiz";

    private final ConfigurableApplicationContext app;
    private final LoadSettings settings;

    private SchoolSeed(ConfigurableApplicationContext app, LoadSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        var settings = LoadSettings.fromSystemProperties();
        var spring = new SpringApplication(FootnoteApplication.class);
        spring.setWebApplicationType(WebApplicationType.SERVLET);
        var arguments = Stream.concat(Stream.of("--server.port=0", "--server.address=127.0.0.1",
                "--logging.level.root=warn", "--footnote.attempt-sweep.interval=PT1000H"),
                Arrays.stream(args).skip(1)).toArray(String[]::new);
        try (var app = spring.run(arguments)) {
            long quizId = new SchoolSeed(app, settings).seed();
            Files.writeString(Path.of(args[0]), "quizId=" + quizId + "\n");
        }
        // Vaadin and Hikari leave non-daemon threads behind for a moment; the seeding is done.
        System.exit(0);
    }

    private long seed() throws Exception {
        var accounts = app.getBean(AccountService.class);
        if (accounts.findByUsername(INSTRUCTOR).isEmpty()) {
            accounts.createInstructor(INSTRUCTOR, "Load Instructor", LoadSettings.PASSWORD);
        }
        long started = System.nanoTime();
        registerAll(settings.learners(), LoadSettings::learner);
        registerAll(settings.classSize(), LoadSettings::pupil);
        System.out.printf("%d learners and %d pupils ready in %d s%n", settings.learners(), settings.classSize(),
                (System.nanoTime() - started) / 1_000_000_000L);
        String joinCode = as(INSTRUCTOR, Role.INSTRUCTOR, this::loadClass).joinCode();
        inParallel(settings.classSize(), i -> () -> as(LoadSettings.pupil(i), Role.STUDENT,
                () -> app.getBean(ClassService.class).join(joinCode)));
        long quizId = as(INSTRUCTOR, Role.INSTRUCTOR, this::freshQuiz);
        System.out.println("Class of " + settings.classSize() + " joined; quiz " + quizId + " published to it");
        return quizId;
    }

    /** bcrypt makes each account cost tens of milliseconds of CPU: one thread per processor. */
    private void registerAll(int count, IntFunction<String> username) throws Exception {
        var accounts = app.getBean(AccountService.class);
        inParallel(count, i -> () -> {
            String name = username.apply(i);
            if (accounts.findByUsername(name).isEmpty()) {
                accounts.registerStudent("Student " + name, name, LoadSettings.PASSWORD);
            }
            return null;
        });
    }

    private ClassSummary loadClass() {
        var classes = app.getBean(ClassService.class);
        return classes.taught().stream().filter(c -> c.name().equals(CLASS_NAME)).findFirst()
                .orElseGet(() -> classes.create(CLASS_NAME));
    }

    /** A new quiz each run, so every pupil has an attempt left; the earlier ones are withdrawn from the class. */
    private long freshQuiz() {
        var quizzes = app.getBean(QuizAuthoringService.class);
        long classId = loadClass().id();
        for (QuizListRow earlier : quizzes.mine()) {
            quizzes.publish(earlier.id(), Set.of());
        }
        long quizId = quizzes.create(QUIZ_TITLE);
        List<SlotSpec> slots = app.getBean(QuestionCatalog.class).active(Set.of(), Set.of(), Set.of()).stream()
                .limit(LoadSettings.QUIZ_QUESTIONS).map(QuestionRef::id).map(SlotSpec::question).toList();
        quizzes.setSlots(quizId, slots);
        quizzes.saveSettings(quizId, new QuizSettings(QUIZ_TITLE, "Answer every question; the quiz submits itself "
                + "at the time limit.", settings.quizMinutes(), 1, true, true, FeedbackTiming.AFTER_SUBMISSION, null, null));
        quizzes.publish(quizId, Set.of(classId));
        return quizId;
    }

    private static <T> T as(String username, Role role, Callable<T> work) throws Exception {
        var authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void inParallel(int count, IntFunction<Callable<?>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> done = IntStream.rangeClosed(1, count).<Future<?>>mapToObj(i -> pool.submit(task.apply(i))).toList();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
