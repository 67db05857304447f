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
import org.footnote.quiz.grading.Grader;
import org.footnote.quiz.grading.NameVariants;
import org.footnote.security.CurrentUser;
import org.footnote.shared.JsonText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice quizzes: drawing, answering (saved in the transaction that returns the feedback),
 * resuming and summarising. Every method works on the signed-in user's own attempts only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PracticeService {

    private final QuizAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final QuestionCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Random random = new Random();

    public PracticeService(QuizAttemptRepository attempts, AttemptItemRepository items, QuestionCatalog catalog,
                           CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.items = items;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
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
    @Transactional(readOnly = true)
    public QuizQuestion current(long attemptId) {
        var all = items.findByAttemptIdOrderByPosition(owned(attemptId).getId());
        AttemptItem item = all.stream().filter(i -> !i.isAnswered()).findFirst().orElse(all.getLast());
        return toQuestion(item, all.size());
    }

    @Transactional(readOnly = true)
    public QuizQuestion question(long attemptId, int position) {
        Long id = owned(attemptId).getId();
        AttemptItem item = items.findByAttemptIdAndPosition(id, position).orElseThrow(() -> new AttemptNotFoundException(attemptId));
        return toQuestion(item, items.countByAttemptId(id));
    }

    /**
     * Grades and saves an answer, and returns its feedback, in one transaction. A second answer
     * to the same question (double click, second tab) changes nothing and gets the first one's feedback.
     */
    @Transactional
    public Feedback answer(long attemptId, int position, String given, long timeTakenMs) {
        return record(attemptId, position, given, List.of(), timeTakenMs);
    }

    /** As {@link #answer}, for ordering questions: the items in the order the student put them. */
    @Transactional
    public Feedback answerOrdering(long attemptId, int position, List<String> order, long timeTakenMs) {
        return record(attemptId, position, JsonText.write(order), order, timeTakenMs);
    }

    @Transactional
    public AttemptSummary finish(long attemptId) {
        owned(attemptId).finish(clock.instant());
        return summary(attemptId);
    }

    /** Closes an open quiz without answering the rest; answers given so far are kept. */
    @Transactional
    public void close(long attemptId) {
        owned(attemptId).finish(clock.instant());
    }

    @Transactional(readOnly = true)
    public AttemptSummary summary(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        var all = items.findByAttemptIdOrderByPosition(attempt.getId());
        Map<String, QuestionDetails> details = catalog.details(all.stream().map(AttemptItem::getQuestionId).toList());
        List<AttemptSummary.Line> lines = all.stream().map(i -> {
            QuestionDetails q = details.get(i.getQuestionId());
            return new AttemptSummary.Line(i.getPosition(), q.prompt(), i.isAnswered(), Boolean.TRUE.equals(i.getCorrect()),
                    i.getScore() == null ? 0 : i.getScore(), displayGiven(q, i.getGivenAnswer()), q.displayAnswer());
        }).toList();
        Instant end = attempt.getFinishedAt() != null ? attempt.getFinishedAt()
                : all.stream().map(AttemptItem::getAnsweredAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElse(attempt.getStartedAt());
        int answered = (int) all.stream().filter(AttemptItem::isAnswered).count();
        double score = all.stream().mapToDouble(i -> i.getScore() == null ? 0 : i.getScore()).sum();
        return new AttemptSummary(attemptId, all.size(), answered, score, Duration.between(attempt.getStartedAt(), end), lines);
    }

    private Feedback record(long attemptId, int position, String given, List<String> order, long timeTakenMs) {
        QuizAttempt attempt = owned(attemptId);
        if (attempt.getStatus() == QuizAttempt.Status.FINISHED) {
            throw new IllegalStateException("This quiz is finished; its answers can no longer change.");
        }
        AttemptItem item = items.findByAttemptIdAndPosition(attempt.getId(), position)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
        QuestionDetails q = catalog.details(item.getQuestionId()).orElseThrow();
        if (!item.isAnswered()) {
            Grade grade = grade(q, given, order);
            Instant now = clock.instant();
            int written = items.recordAnswer(item.getId(), given, grade.correct(), grade.score(), grade.nearMiss(), now,
                    Math.max(0, timeTakenMs));
            if (written == 1) {
                events.publishEvent(new AnswerRecorded(attempt.getUserId(), q.id(), grade.correct(), now));
            }
        }
        // Re-read: either this call's answer or the one that won the race is what the student sees.
        return feedback(q, items.findById(item.getId()).orElseThrow());
    }

    private Grade grade(QuestionDetails q, String given, List<String> order) {
        var grader = new Grader(new NameVariants(catalog.nameGroups()));
        var key = new Grader.Key(q.kind(), q.format(), q.answer(), q.accept(), q.itemTexts());
        return q.format() == Format.ORDERING ? grader.gradeOrdering(key, order) : grader.grade(key, given);
    }

    private long create(List<String> questionIds, PracticeSettings settings) {
        closeOpenQuiz();
        QuizAttempt attempt = attempts.save(new QuizAttempt(userId(), QuizAttempt.Mode.PRACTICE,
                JsonText.write(settings), clock.instant()));
        Map<String, QuestionDetails> details = catalog.details(questionIds);
        for (int i = 0; i < questionIds.size(); i++) {
            QuestionDetails q = details.get(questionIds.get(i));
            items.save(new AttemptItem(attempt.getId(), i, q.id(), JsonText.write(optionsFor(q))));
        }
        return attempt.getId();
    }

    private void closeOpenQuiz() {
        attempts.findFirstByUserIdAndModeAndStatusOrderByStartedAtDesc(userId(), QuizAttempt.Mode.PRACTICE,
                QuizAttempt.Status.IN_PROGRESS).ifPresent(a -> a.finish(clock.instant()));
    }

    /** Options in the order this attempt shows them: shuffled once, so a resumed quiz looks the same. */
    private List<String> optionsFor(QuestionDetails q) {
        List<String> options = new ArrayList<>();
        switch (q.format()) {
            case MULTIPLE_CHOICE -> {
                options.add(q.answer());
                options.addAll(q.distractors());
                Collections.shuffle(options, random);
            }
            case TRUE_FALSE -> options.addAll(List.of("True", "False"));
            case ORDERING -> {
                options.addAll(q.itemTexts());
                while (options.size() > 1 && options.equals(q.itemTexts())) {
                    Collections.shuffle(options, random);
                }
            }
            case SHORT_ANSWER -> { }
        }
        return options;
    }

    private QuizQuestion toQuestion(AttemptItem item, int total) {
        QuestionDetails q = catalog.details(item.getQuestionId()).orElseThrow();
        return new QuizQuestion(item.getAttemptId(), item.getPosition(), total, q.kind(), q.format(), q.prompt(),
                JsonText.strings(item.getOptionsJson()), item.isAnswered() ? feedback(q, item) : null);
    }

    private Feedback feedback(QuestionDetails q, AttemptItem item) {
        List<Feedback.OrderedItem> ordered = List.of();
        if (q.format() == Format.ORDERING) {
            List<String> given = JsonText.strings(item.getGivenAnswer());
            ordered = IntStream.range(0, q.items().size()).mapToObj(i -> new Feedback.OrderedItem(i + 1,
                    q.items().get(i).text(), i < given.size() && given.get(i).equals(q.items().get(i).text()),
                    q.items().get(i).source())).toList();
        }
        return new Feedback(Boolean.TRUE.equals(item.getCorrect()), item.getScore() == null ? 0 : item.getScore(),
                Boolean.TRUE.equals(item.getNearMiss()), displayGiven(q, item.getGivenAnswer()), q.displayAnswer(),
                q.explanation(), q.source(), ordered);
    }

    private static String displayGiven(QuestionDetails q, String given) {
        if (given == null) {
            return "";
        }
        return q.format() == Format.ORDERING ? String.join(" \u2192 ", JsonText.strings(given))
                : q.format() == Format.TRUE_FALSE ? capitalise(given) : given;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private Map<String, Boolean> lastCorrect() {
        Map<String, Boolean> latest = new HashMap<>();
        for (Object[] row : items.answerHistory(userId())) {
            latest.putIfAbsent((String) row[0], (Boolean) row[1]);
        }
        return latest;
    }

    private QuizAttempt owned(long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.getUserId().equals(userId()))
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    private Long userId() {
        return currentUser.require().getId();
    }
}
