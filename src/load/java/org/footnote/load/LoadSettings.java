package org.footnote.load;

import java.net.URI;
import java.time.Duration;

/**
 * The load test's knobs, as system properties. Their defaults live in one place, the {@code load}
 * profile of {@code pom.xml}, which passes every one of them to the run; a missing one is a mistake.
 *
 * @param baseUrl       the server under test; empty: the production jar, started on {@code port}
 * @param learners      learners who sign in, practise, review cards and look at their progress
 * @param classSize     pupils of the one class who take the timed quiz together
 * @param think         a person's time to read and answer a question (and a flashcard)
 * @param ramp          the time over which the learners arrive; the class starts once all are in
 * @param quizMinutes   the timed quiz's limit
 * @param maxDuration   the run stops here whatever remains
 * @param seedOnly      only seed the school (to record a browser's journey on it first, see docs/load-test.md)
 */
public record LoadSettings(String baseUrl, int port, String serverXmx, int learners, int classSize, Duration think,
                           Duration ramp, int quizMinutes, Duration maxDuration, boolean seedOnly) {

    /** Every seeded student's password (long, not a well-known one, as the registration rules ask). */
    static final String PASSWORD = "quiet archive of many lessons";
    static final int PRACTICE_LENGTH = 20;
    static final int FLASHCARDS = 20;
    static final int QUIZ_QUESTIONS = 10;
    /** The pupils open the quiz within this time, as a teacher's "start now" spreads over a room. */
    static final Duration CLASS_ARRIVAL = Duration.ofMinutes(1);

    public static LoadSettings fromSystemProperties() {
        return new LoadSettings(property("load.baseUrl"), Integer.parseInt(property("load.port")),
                property("load.serverXmx"), Integer.parseInt(property("load.learners")),
                Integer.parseInt(property("load.classSize")), seconds(property("load.thinkSeconds")),
                seconds(property("load.rampSeconds")), Integer.parseInt(property("load.quizMinutes")),
                Duration.ofMinutes(Long.parseLong(property("load.maxMinutes"))),
                Boolean.parseBoolean(property("load.seedOnly")));
    }

    /** The URL the simulation speaks to, without a trailing slash; never another machine than this one. */
    public String target() {
        String url = baseUrl.isBlank() ? "http://127.0.0.1:" + port : baseUrl.replaceAll("/+$", "");
        if (!"127.0.0.1".equals(URI.create(url).getHost())) {
            throw new IllegalArgumentException("load.baseUrl must name 127.0.0.1, not " + url);
        }
        return url;
    }

    public boolean startsServer() {
        return baseUrl.isBlank();
    }

    static String learner(int n) {
        return "learner-%04d".formatted(n);
    }

    static String pupil(int n) {
        return "pupil-%03d".formatted(n);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is missing; run the load test with "
                    + "./mvnw -Pproduction,load verify, whose load profile sets every load.* property.");
        }
        return value;
    }
}
