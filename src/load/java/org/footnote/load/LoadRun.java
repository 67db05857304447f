package org.footnote.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The load test from start to end, as {@code mvn -Pproduction,load verify} runs it: seeds the school
 * (a process of its own, on the database the server will use), starts the production jar on
 * 127.0.0.1 (unless {@code load.baseUrl} names a running server), runs {@link SchoolSimulation} in
 * this JVM with Gatling's reports off, and prints the server's CPU time per answer. Exits non-zero
 * when a request failed or a journey did not reach its end.
 *
 * <p>Arguments: the jar, and a work folder (data, logs, Gatling's run log).
 */
public final class LoadRun {

    static final String QUIZ_ID = "load.quizId";

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        var settings = LoadSettings.fromSystemProperties();
        settings.target(); // refuses anything but 127.0.0.1 before anything starts
        boolean sharedDatabase = System.getenv("SPRING_DATASOURCE_URL") != null;
        if (!settings.startsServer() && !sharedDatabase) {
            throw new IllegalStateException("Against a running server (load.baseUrl) the seeding needs that server's "
                    + "database: set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) as for the server.");
        }
        Path data = work.resolve("data");
        if (settings.startsServer()) {
            ProductionJar.require(jar);
            if (!sharedDatabase) {
                deleteRecursively(data); // a new school each run on the embedded database
            }
        }
        Files.createDirectories(work);
        List<String> appArguments = List.of("--footnote.data-dir=" + data);
        System.setProperty(QUIZ_ID, seed(work, appArguments));
        if (settings.seedOnly()) {
            System.out.println("Seeded; the data is in " + (sharedDatabase ? "SPRING_DATASOURCE_URL" : data));
            return;
        }

        int status;
        Duration serverCpu = null;
        if (settings.startsServer()) {
            try (var server = ServerProcess.start(jar, settings, appArguments, work.resolve("server.log"))) {
                System.out.println("Server pid " + server.pid() + " ready at " + settings.target());
                Duration before = server.cpu();
                status = gatling(work);
                serverCpu = server.cpu().minus(before);
            }
        } else {
            status = gatling(work);
        }
        ResponseTimes.print(System.out);
        boolean complete = report(settings, serverCpu);
        System.exit(status != 0 ? status : complete ? 0 : 1);
    }

    /** Runs {@link SchoolSeed} on this class path; returns the id of the quiz it published. */
    private static String seed(Path work, List<String> appArguments) throws IOException, InterruptedException {
        Path result = work.resolve("seed.properties");
        var arguments = new java.util.ArrayList<>(List.of(result.toString()));
        arguments.addAll(appArguments);
        Process seeding = new ProcessBuilder(Java.onThisClassPath(SchoolSeed.class, arguments)).inheritIO().start();
        if (seeding.waitFor() != 0) {
            throw new IllegalStateException("The seeding failed (exit " + seeding.exitValue() + ")");
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(result)) {
            properties.load(in);
        }
        return properties.getProperty("quizId");
    }

    private static int gatling(Path work) {
        // Nothing leaves this machine: no usage analytics (the warm-up request is off in the simulation).
        System.setProperty("gatling.data.enableAnalytics", "false");
        System.setProperty("gatling.data.console.writePeriod", "30");
        quietLogging();
        return io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", SchoolSimulation.class.getName(),
                "--no-reports", "--results-folder", work.resolve("gatling").toString()});
    }

    /** Logback's default is DEBUG for everything, the HTTP client's every frame included. */
    private static void quietLogging() {
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
    }

    private static boolean report(LoadSettings settings, Duration serverCpu) {
        long answers = Tally.ANSWERS.get();
        long ratings = Tally.RATINGS.get();
        System.out.printf("%nAnswers given (quiz checks and saves): %d; flashcards rated: %d%n", answers, ratings);
        String rate = Tally.ANSWERS_AND_RATINGS.describe(60);
        if (rate != null) {
            System.out.println("Answers and ratings per second: " + rate);
        }
        if (serverCpu != null) {
            long actions = Math.max(1, answers + ratings);
            System.out.printf("Server CPU during the run: %.1f s, %.1f ms per answer or rating (everything included: "
                    + "sign-ins, pages, the class quiz)%n", serverCpu.toMillis() / 1000.0, serverCpu.toMillis() / (double) actions);
        }
        // The load generator shares the machine: its own CPU says how much of it the server did not have.
        ProcessHandle.current().info().totalCpuDuration().ifPresent(own ->
                System.out.printf("Load generator CPU (this JVM, seeding excluded): %.1f s%n", own.toMillis() / 1000.0));
        long learners = Tally.LEARNERS_DONE.get();
        long pupils = Tally.PUPILS_DONE.get();
        System.out.printf("Journeys completed: learners %d of %d, pupils %d of %d%n", learners, settings.learners(),
                pupils, settings.classSize());
        return learners == settings.learners() && pupils == settings.classSize();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
