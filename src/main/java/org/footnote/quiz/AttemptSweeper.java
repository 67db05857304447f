package org.footnote.quiz;

import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server's own clock on assigned quizzes: submits attempts whose time limit has passed even
 * if the student closed the browser, and releases feedback held back until the closing date.
 */
@Component
class AttemptSweeper {

    private final QuizAttemptRepository attempts;
    private final AttemptFeed feed;
    private final Clock clock;

    AttemptSweeper(QuizAttemptRepository attempts, AttemptFeed feed, Clock clock) {
        this.attempts = attempts;
        this.feed = feed;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${footnote.attempt-sweep.interval:PT10S}")
    @Transactional
    public void sweep() {
        Instant now = clock.instant();
        attempts.findOverdue(now).forEach(a -> feed.catchUp(a, now));
        attempts.findFeedbackDue(now).forEach(a -> feed.catchUp(a, now));
    }
}
