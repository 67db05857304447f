package org.footnote.quiz.assigned;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.footnote.quiz.FeedbackTiming;

/**
 * How a quiz is taken. Null time limit: none; null attempts: unlimited; null dates: always open.
 * Plain Java, so its rules are unit-tested without a database.
 */
public record QuizSettings(String title, String instructions, Integer timeLimitMinutes, Integer attemptsAllowed,
                           boolean shuffleQuestions, boolean shuffleOptions, FeedbackTiming feedback,
                           Instant opensAt, Instant closesAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INSTRUCTIONS = 4000;
    public static final int MAX_MINUTES = 600;
    public static final int MAX_ATTEMPTS = 20;

    public static QuizSettings named(String title) {
        return new QuizSettings(title, "", null, 1, true, true, FeedbackTiming.AFTER_SUBMISSION, null, null);
    }

    /** The same settings under another title (a duplicate's). */
    public QuizSettings titled(String newTitle) {
        return new QuizSettings(newTitle, instructions, timeLimitMinutes, attemptsAllowed, shuffleQuestions, shuffleOptions,
                feedback, opensAt, closesAt);
    }

    /** Problems by field name (title, instructions, timeLimitMinutes, attemptsAllowed, feedback, closesAt); empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            problems.put("title", "Give the quiz a title.");
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put("title", "Keep the title under " + MAX_TITLE + " characters.");
        }
        if (instructions != null && instructions.length() > MAX_INSTRUCTIONS) {
            problems.put("instructions", "Keep the instructions under " + MAX_INSTRUCTIONS + " characters.");
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > MAX_MINUTES)) {
            problems.put("timeLimitMinutes", "A time limit is 1 to " + MAX_MINUTES + " minutes; leave it empty for none.");
        }
        if (attemptsAllowed != null && (attemptsAllowed < 1 || attemptsAllowed > MAX_ATTEMPTS)) {
            problems.put("attemptsAllowed", "Allow 1 to " + MAX_ATTEMPTS + " attempts; leave it empty for unlimited.");
        }
        if (feedback == null) {
            problems.put("feedback", "Choose when students see their results.");
        } else if (feedback == FeedbackTiming.AFTER_CLOSE && closesAt == null) {
            problems.put("closesAt", "Results after the quiz closes need a closing date.");
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            problems.put("closesAt", "The quiz must close after it opens.");
        }
        return problems;
    }
}
