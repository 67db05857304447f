package org.footnote.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.quiz.grading.Grade;
import org.footnote.account.CurrentUser;
import org.footnote.shared.JsonText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice quizzes: drawing one from the student's choices, from a list (Mistakes), or from the
 * questions missed in an attempt; finding the one left open. Taking it is {@link AttemptService}'s.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PracticeService {

    private final QuizAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final AttemptWriter writer;
    private final QuestionCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Random random = new Random();

    public PracticeService(QuizAttemptRepository attempts, AttemptItemRepository items, AttemptWriter writer,
                           QuestionCatalog catalog, CurrentUser currentUser, Clock clock) {
        this.attempts = attempts;
        this.items = items;
        this.writer = writer;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Draws a practice quiz with these settings; an open one is closed first (one at a time). */
    @Transactional
    public StartedQuiz start(PracticeSettings settings) {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", settings.problems()));
        }
        var candidates = catalog.active(settings.documentIds(), settings.kinds(), settings.formats());
        List<String> drawn = QuizDraw.draw(candidates, lastCorrect(), settings.length(), random);
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("No questions match these choices; choose more documents, kinds or formats.");
        }
        return new StartedQuiz(create(drawn, settings), drawn.size(), settings.length());
    }

    /** A practice quiz of the given questions (active ones only, at most the longest quiz), e.g. from Mistakes. */
    @Transactional
    public StartedQuiz practise(List<String> questionIds) {
        var active = catalog.activeIds();
        List<String> chosen = new ArrayList<>(questionIds.stream().filter(active::contains).distinct()
                .limit(PracticeSettings.MAX_LENGTH).toList());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("None of these questions can be practised any more.");
        }
        Collections.shuffle(chosen, random);
        var settings = new PracticeSettings(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), chosen.size());
        return new StartedQuiz(create(chosen, settings), chosen.size(), questionIds.size());
    }

    /** A new quiz of the questions missed in {@code attemptId}. */
    @Transactional
    public StartedQuiz practiseMissed(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        List<String> missed = new ArrayList<>(items.findByAttemptIdOrderByPosition(attempt.getId()).stream()
                .filter(i -> i.isAnswered() && !i.getCorrect()).map(AttemptItem::getQuestionId).toList());
        Collections.shuffle(missed, random);
        var settings = new PracticeSettings(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), missed.size());
        return new StartedQuiz(missed.isEmpty() ? attemptId : create(missed, settings), missed.size(), missed.size());
    }

    @Transactional(readOnly = true)
    public Optional<OpenQuiz> openQuiz() {
        return attempts.findFirstByUserIdAndModeAndStatusOrderByStartedAtDesc(userId(), QuizAttempt.Mode.PRACTICE,
                QuizAttempt.Status.IN_PROGRESS).map(a -> {
                    var all = items.findByAttemptIdOrderByPosition(a.getId());
                    int answered = (int) all.stream().filter(AttemptItem::isAnswered).count();
                    return new OpenQuiz(a.getId(), answered, all.size(), a.getStartedAt());
                });
    }

    /** The first question not yet answered, or the last one when all are (then the quiz can finish). */
    /** Closes an open practice quiz without answering the rest; answers given so far are kept. */
    @Transactional
    public void close(long attemptId) {
        owned(attemptId).finish(clock.instant());
    }

    private Map<String, Boolean> lastCorrect() {
        Map<String, Boolean> latest = new HashMap<>();
        for (Object[] row : items.answerHistory(userId())) {
            latest.putIfAbsent((String) row[0], (Boolean) row[1]);
        }
        return latest;
    }

    private long create(List<String> questionIds, PracticeSettings settings) {
        attempts.findFirstByUserIdAndModeAndStatusOrderByStartedAtDesc(userId(), QuizAttempt.Mode.PRACTICE,
                QuizAttempt.Status.IN_PROGRESS).ifPresent(a -> a.finish(clock.instant()));
        return writer.practice(userId(), JsonText.write(settings), questionIds);
    }

    private QuizAttempt owned(long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.getUserId().equals(userId()))
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    private Long userId() {
        return currentUser.id();
    }
}
