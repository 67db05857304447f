package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * A school at once: the learners arrive over the ramp and work through their session while, once
 * they are all in, the class opens its timed quiz within a minute. Bounded: the injected users are
 * counted, and the run stops at {@code load.maxMinutes} whatever remains. Passes only when no
 * request failed (a failed check is a failed request).
 */
public class SchoolSimulation extends Simulation {

    public SchoolSimulation() {
        var settings = LoadSettings.fromSystemProperties();
        var protocol = http.baseUrl(settings.target())
                // Gatling would otherwise open a first connection to gatling.io to warm up.
                .disableWarmUp()
                .acceptHeader("*/*")
                .acceptLanguageHeader("en-US,en;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Footnote load test");
        List<PopulationBuilder> populations = new ArrayList<>();
        if (settings.learners() > 0) {
            populations.add(LearnerJourney.of(settings)
                    .injectOpen(rampUsers(settings.learners()).during(settings.ramp())));
        }
        if (settings.classSize() > 0) {
            populations.add(ClassJourney.of(settings, quizId())
                    .injectOpen(nothingFor(settings.ramp()), rampUsers(settings.classSize()).during(LoadSettings.CLASS_ARRIVAL)));
        }
        setUp(populations).protocols(protocol).maxDuration(settings.maxDuration())
                .assertions(global().failedRequests().count().is(0L));
    }

    /** The quiz the seeding published to the class, which {@link LoadRun} passes on. */
    private static long quizId() {
        String id = System.getProperty(LoadRun.QUIZ_ID);
        if (id == null) {
            throw new IllegalStateException(LoadRun.QUIZ_ID + " is missing: the seeding did not run");
        }
        return Long.parseLong(id);
    }
}
