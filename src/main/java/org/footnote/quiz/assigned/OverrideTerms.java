package org.footnote.quiz.assigned;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One student's exception to a quiz's time limit and dates; null keeps the quiz's own. */
public record OverrideTerms(Integer timeLimitMinutes, Instant opensAt, Instant closesAt) {

    public static final OverrideTerms NONE = new OverrideTerms(null, null, null);

    public boolean isEmpty() {
        return timeLimitMinutes == null && opensAt == null && closesAt == null;
    }

    /** Problems by field, judged against the quiz's own settings for what the override leaves alone. */
    public Map<String, String> problems(QuizSettings quiz) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (isEmpty()) {
            problems.put("timeLimitMinutes", "Change at least the time limit or a date.");
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > QuizSettings.MAX_MINUTES)) {
            problems.put("timeLimitMinutes", "A time limit is 1 to " + QuizSettings.MAX_MINUTES + " minutes.");
        }
        Instant opens = opensAt != null ? opensAt : quiz.opensAt();
        Instant closes = closesAt != null ? closesAt : quiz.closesAt();
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problems.put("closesAt", "For this student the quiz would close before it opens.");
        }
        return problems;
    }
}
