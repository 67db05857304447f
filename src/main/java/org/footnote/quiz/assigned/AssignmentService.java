package org.footnote.quiz.assigned;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
        return assignedTo(mine).stream().map(q -> view(q, me, mine))
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

    private AssignedQuiz view(Quiz quiz, Long me, List<ClassService.JoinedClass> mine) {
        Set<Long> to = published.findByQuizId(quiz.getId()).stream().map(QuizClass::getClassId)
                .collect(java.util.stream.Collectors.toSet());
        List<String> classNames = mine.stream().filter(c -> to.contains(c.id())).map(ClassService.JoinedClass::name).toList();
        List<QuizAttempt> mineSoFar = attemptsOf(quiz.getId(), me);
        Long open = mineSoFar.stream().filter(a -> a.getStatus() == QuizAttempt.Status.IN_PROGRESS)
                .map(QuizAttempt::getId).findFirst().orElse(null);
        List<QuizAttempt> finished = mineSoFar.stream().filter(a -> a.getStatus() == QuizAttempt.Status.FINISHED).toList();
        Map<Long, List<AttemptItem>> itemsOf = items.findByAttemptIdIn(finished.stream().map(QuizAttempt::getId).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(AttemptItem::getAttemptId));
        List<AssignedQuiz.Past> past = finished.stream().map(a -> past(a, itemsOf.getOrDefault(a.getId(), List.of()))).toList();
        int questions = QuizSlot.questionCount(slots.findByQuizIdOrderByPosition(quiz.getId()));
        QuizSettings s = quiz.settings();
        return new AssignedQuiz(quiz.getId(), quiz.getTitle(), s.instructions(), classNames, questions, s.feedback(),
                availability(quiz, me, mineSoFar.size(), clock.instant()), open, past);
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
