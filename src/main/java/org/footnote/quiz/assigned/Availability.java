package org.footnote.quiz.assigned;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * A quiz as one student may take it now: their effective time limit and dates (quiz settings
 * with their override), and whether they may start an attempt. Plain Java.
 */
public record Availability(Status status, Integer timeLimitMinutes, Instant opensAt, Instant closesAt,
                           Integer attemptsAllowed, int attemptsUsed) {

    public enum Status { NOT_OPEN_YET, OPEN, CLOSED, NO_ATTEMPTS_LEFT }

    public static Availability of(QuizSettings quiz, OverrideTerms override, Instant now, int attemptsUsed) {
        OverrideTerms o = override == null ? OverrideTerms.NONE : override;
        Integer limit = o.timeLimitMinutes() != null ? o.timeLimitMinutes() : quiz.timeLimitMinutes();
        Instant opens = o.opensAt() != null ? o.opensAt() : quiz.opensAt();
        Instant closes = o.closesAt() != null ? o.closesAt() : quiz.closesAt();
        Status status = opens != null && now.isBefore(opens) ? Status.NOT_OPEN_YET
                : closes != null && !now.isBefore(closes) ? Status.CLOSED
                : quiz.attemptsAllowed() != null && attemptsUsed >= quiz.attemptsAllowed() ? Status.NO_ATTEMPTS_LEFT
                : Status.OPEN;
        return new Availability(status, limit, opens, closes, quiz.attemptsAllowed(), attemptsUsed);
    }

    /** When an attempt started now must be in: at the time limit, or at closing if that comes first. */
    public Instant deadline(Instant start) {
        Instant byLimit = timeLimitMinutes == null ? null : start.plus(Duration.ofMinutes(timeLimitMinutes));
        if (byLimit == null) {
            return closesAt;
        }
        return closesAt == null || byLimit.isBefore(closesAt) ? byLimit : closesAt;
    }

    /** When a quiz is closed for everyone: its own closing or the latest student's, whichever is later. */
    public static Instant closedForAll(QuizSettings quiz, Collection<OverrideTerms> overrides) {
        Instant latest = quiz.closesAt();
        for (OverrideTerms o : overrides) {
            if (o.closesAt() != null && latest != null && o.closesAt().isAfter(latest)) {
                latest = o.closesAt();
            }
        }
        return latest;
    }
}
