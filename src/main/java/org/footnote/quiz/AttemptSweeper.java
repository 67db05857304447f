package org.footnote.quiz;

import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server's own clock on assigned quizzes: submits attempts whose time limit has passed even
 * if the student closed the browser, and releases feedback held back until the closing date. Every
 * instance sharing the database sweeps; each takes the attempts no other is holding.
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
        attempts.lockOverdue(now).forEach(a -> feed.catchUp(a, now));
        attempts.lockFeedbackDue(now).forEach(a -> feed.catchUp(a, now));
    }
}
