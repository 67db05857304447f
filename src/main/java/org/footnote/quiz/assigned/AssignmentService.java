package org.footnote.quiz.assigned;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.footnote.classes.ClassService;
import org.footnote.quiz.AttemptFeed;
import org.footnote.quiz.AttemptItem;
import org.footnote.quiz.AttemptItemRepository;
import org.footnote.quiz.AttemptWriter;
import org.footnote.quiz.DrawnQuestion;
import org.footnote.quiz.QuizAttempt;
import org.footnote.quiz.QuizAttemptRepository;
import org.footnote.bank.QuestionCatalog;
import org.footnote.account.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's assigned quizzes: those published to a class they belong to. Starting
 * one checks membership, dates and attempts on the server, and draws that attempt's questions.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssignmentService {

    private final QuizRepository quizzes;
    private final QuizSlotRepository slots;
    private final QuizClassRepository published;
    private final QuizOverrideRepository overrides;
    private final QuizAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final AttemptWriter writer;
    private final AttemptFeed feed;
    private final ClassService classes;
    private final QuestionCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Random random = new Random();

    public AssignmentService(QuizRepository quizzes, QuizSlotRepository slots, QuizClassRepository published,
                             QuizOverrideRepository overrides, QuizAttemptRepository attempts, AttemptItemRepository items,
                             AttemptWriter writer, AttemptFeed feed, ClassService classes, QuestionCatalog catalog,
                             CurrentUser currentUser, Clock clock) {
        this.quizzes = quizzes;
        this.slots = slots;
        this.published = published;
        this.overrides = overrides;
        this.attempts = attempts;
        this.items = items;
        this.writer = writer;
        this.feed = feed;
        this.classes = classes;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Attempts under way first, then open quizzes, those not open yet, then the rest. */
    @Transactional
    public List<AssignedQuiz> assigned() {
        Long me = me();
        List<ClassService.JoinedClass> mine = classes.joined();
        List<Quiz> given = assignedTo(mine);
        if (given.isEmpty()) {
            return List.of();
        }
        Listing listing = listing(me, mine, given.stream().map(Quiz::getId).collect(Collectors.toSet()));
        Instant now = clock.instant();
        return given.stream().map(q -> listing.view(q, now))
                .sorted(Comparator.comparing((AssignedQuiz a) -> a.openAttemptId() == null)
                        .thenComparing(a -> a.availability().status().ordinal()))
                .toList();
    }

    /**
     * Starts an attempt, or returns the one already open.
     *
     * @throws QuizNotFoundException if the quiz is not assigned to the student
     * @throws InvalidQuizException  with a message for the student when it cannot be started now
     */
    @Transactional
    public long start(long quizId) {
        Long me = me();
        Quiz quiz = assignedToMe(quizId, me);
        List<QuizAttempt> mineSoFar = attemptsOf(quizId, me);
        var open = mineSoFar.stream().filter(a -> a.getStatus() == QuizAttempt.Status.IN_PROGRESS).findFirst();
        if (open.isPresent()) {
            return open.get().getId();
        }
        Instant now = clock.instant();
        Availability availability = availability(quiz, me, mineSoFar.size(), now);
        switch (availability.status()) {
            case NOT_OPEN_YET -> throw new InvalidQuizException("start", "This quiz is not open yet.");
            case CLOSED -> throw new InvalidQuizException("start", "This quiz has closed.");
            case NO_ATTEMPTS_LEFT -> throw new InvalidQuizException("start", "You have used all your attempts at this quiz.");
            case OPEN -> { }
        }
        QuizSettings s = quiz.settings();
        List<DrawnQuestion> drawn = SlotDraw.draw(slots.findByQuizIdOrderByPosition(quizId).stream().map(QuizSlot::spec).toList(),
                catalog.active(Set.of(), Set.of(), Set.of()), s.shuffleQuestions(), random);
        if (drawn.isEmpty()) {
            throw new InvalidQuizException("start", "This quiz has no questions yet. Tell your instructor.");
        }
        Instant feedbackAfter = Availability.closedForAll(s, overrides.findByQuizId(quizId).stream().map(QuizOverride::terms).toList());
        return writer.assigned(new AttemptWriter.AssignedStart(me, quizId, quiz.getTitle(), mineSoFar.size() + 1,
                now, availability.deadline(now), s.feedback(), feedbackAfter, drawn, s.shuffleOptions()));
    }

    /**
     * What the list shows of the given quizzes, read in five queries however many quizzes there are:
     * where each is published among the student's classes, their attempts (brought up to the
     * server's clock first), the items of the finished ones, the slots, and the student's overrides.
     */
    private Listing listing(Long me, List<ClassService.JoinedClass> mine, Set<Long> quizIds) {
        Map<Long, Set<Long>> publishedTo = published.findByClassIdIn(mine.stream().map(ClassService.JoinedClass::id).toList())
                .stream().collect(Collectors.groupingBy(QuizClass::getQuizId,
                        Collectors.mapping(QuizClass::getClassId, Collectors.toSet())));
        Instant now = clock.instant();
        List<QuizAttempt> all = attempts.findByUserIdAndModeOrderByStartedAt(me, QuizAttempt.Mode.ASSIGNED).stream()
                .filter(a -> quizIds.contains(a.getQuizId())).toList();
        all.forEach(a -> feed.catchUp(a, now));
        List<Long> finished = all.stream().filter(a -> a.getStatus() == QuizAttempt.Status.FINISHED).map(QuizAttempt::getId).toList();
        return new Listing(mine, publishedTo, all.stream().collect(Collectors.groupingBy(QuizAttempt::getQuizId)),
                finished.isEmpty() ? Map.of() : items.findByAttemptIdIn(finished).stream()
                        .collect(Collectors.groupingBy(AttemptItem::getAttemptId)),
                slots.findByQuizIdIn(quizIds).stream().collect(Collectors.groupingBy(QuizSlot::getQuizId)),
                overrides.findByUserId(me).stream().collect(Collectors.toMap(QuizOverride::getQuizId, QuizOverride::terms)));
    }

    private record Listing(List<ClassService.JoinedClass> mine, Map<Long, Set<Long>> publishedTo,
                           Map<Long, List<QuizAttempt>> attemptsOf, Map<Long, List<AttemptItem>> itemsOf,
                           Map<Long, List<QuizSlot>> slotsOf, Map<Long, OverrideTerms> overrideOf) {

        AssignedQuiz view(Quiz quiz, Instant now) {
            Set<Long> to = publishedTo.getOrDefault(quiz.getId(), Set.of());
            List<String> classNames = mine.stream().filter(c -> to.contains(c.id())).map(ClassService.JoinedClass::name).toList();
            List<QuizAttempt> mineSoFar = attemptsOf.getOrDefault(quiz.getId(), List.of());
            Long open = mineSoFar.stream().filter(a -> a.getStatus() == QuizAttempt.Status.IN_PROGRESS)
                    .map(QuizAttempt::getId).findFirst().orElse(null);
            List<AssignedQuiz.Past> past = mineSoFar.stream().filter(a -> a.getStatus() == QuizAttempt.Status.FINISHED)
                    .map(a -> past(a, itemsOf.getOrDefault(a.getId(), List.of()))).toList();
            int questions = QuizSlot.questionCount(slotsOf.getOrDefault(quiz.getId(), List.of()));
            QuizSettings s = quiz.settings();
            return new AssignedQuiz(quiz.getId(), quiz.getTitle(), s.instructions(), classNames, questions, s.feedback(),
                    Availability.of(s, overrideOf.get(quiz.getId()), now, mineSoFar.size()), open, past);
        }
    }

    /** The student's attempts at a quiz, any whose time ran out submitted first (the server's clock rules). */
    private List<QuizAttempt> attemptsOf(long quizId, Long me) {
        Instant now = clock.instant();
        List<QuizAttempt> all = attempts.findByQuizIdAndUserIdOrderByStartedAt(quizId, me);
        all.forEach(a -> feed.catchUp(a, now));
        return all;
    }

    private static AssignedQuiz.Past past(QuizAttempt a, List<AttemptItem> all) {
        double score = a.feedbackShown() ? all.stream().mapToDouble(i -> i.getScore() == null ? 0 : i.getScore()).sum() : 0;
        return new AssignedQuiz.Past(a.getId(), a.getAttemptNumber(), a.getFinishedAt(), a.feedbackShown(), score, all.size(),
                a.isAutoSubmitted());
    }

    private Availability availability(Quiz quiz, Long me, int attemptsUsed, Instant now) {
        OverrideTerms o = overrides.findById(new QuizOverride.Key(quiz.getId(), me)).map(QuizOverride::terms).orElse(null);
        return Availability.of(quiz.settings(), o, now, attemptsUsed);
    }

    /** The quizzes published to the classes a student joined. */
    private List<Quiz> assignedTo(List<ClassService.JoinedClass> joined) {
        return joined.isEmpty() ? List.of() : quizzes.findPublishedTo(joined.stream().map(ClassService.JoinedClass::id).toList());
    }

    private Quiz assignedToMe(long quizId, Long me) {
        return assignedTo(classes.joined()).stream().filter(q -> q.getId() == quizId).findFirst()
                .orElseThrow(() -> new QuizNotFoundException(quizId));
    }

    private Long me() {
        return currentUser.id();
    }
}
