package org.footnote.quiz.assigned;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.account.Role;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.classes.ClassService;
import org.footnote.quiz.AttemptItem;
import org.footnote.quiz.AttemptItemRepository;
import org.footnote.quiz.Answers;
import org.footnote.quiz.AttemptNotFoundException;
import org.footnote.quiz.AttemptReviews;
import org.footnote.quiz.QuizAttempt;
import org.footnote.quiz.QuizAttemptRepository;
import org.footnote.quiz.results.ItemAnalysis;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.footnote.bank.Question;

/**
 * A quiz's results for the instructors who may read them: its author, and the instructors of the
 * classes it was published to. Submitted attempts only; first attempts by default, as Moodle's
 * quiz statistics do. Each slot is one item, so shuffled and randomly drawn attempts compare; a
 * rule's slot also breaks down into the questions actually drawn, each with its own statistics.
 * Instructors may also read one of their students' attempts, answer by answer.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class QuizResultsService {

    private final QuizRepository quizzes;
    private final QuizSlotRepository slots;
    private final QuizClassRepository published;
    private final QuizAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final QuestionCatalog catalog;
    private final ClassService classes;
    private final AccountService accounts;
    private final org.footnote.account.CurrentUser currentUser;
    private final AttemptReviews reviews;

    public QuizResultsService(QuizRepository quizzes, QuizSlotRepository slots, QuizClassRepository published,
                              QuizAttemptRepository attempts, AttemptItemRepository items, QuestionCatalog catalog,
                              ClassService classes, AccountService accounts, org.footnote.account.CurrentUser currentUser,
                              AttemptReviews reviews) {
        this.quizzes = quizzes;
        this.slots = slots;
        this.published = published;
        this.attempts = attempts;
        this.items = items;
        this.catalog = catalog;
        this.classes = classes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.reviews = reviews;
    }

    @Transactional(readOnly = true)
    public QuizResults results(long quizId, boolean firstAttemptsOnly) {
        Quiz quiz = readable(quizId);
        List<SlotLabel> labels = slotLabels(quizId);
        List<QuizAttempt> chosen = chosen(quizId, firstAttemptsOnly);
        Map<Long, List<AttemptItem>> itemsOf = new LinkedHashMap<>();
        chosen.forEach(a -> itemsOf.put(a.getId(), new ArrayList<>()));
        items.findByAttemptIdIn(itemsOf.keySet()).forEach(i -> itemsOf.get(i.getAttemptId()).add(i));
        Map<Long, AppUser> students = accounts.findAllById(chosen.stream().map(QuizAttempt::getUserId).collect(Collectors.toSet()));
        int slotCount = Math.max(labels.size(), itemsOf.values().stream().flatMap(List::stream)
                .mapToInt(i -> i.getSlot() == null ? -1 : i.getSlot()).max().orElse(-1) + 1);
        List<QuizResults.StudentAttempt> rows = chosen.stream()
                .map(a -> row(a, students.get(a.getUserId()), itemsOf.get(a.getId()), slotCount)).toList();
        ItemAnalysis.Quiz analysis = rows.isEmpty() ? null : ItemAnalysis.analyse(
                rows.stream().map(QuizResults.StudentAttempt::marks).toArray(double[][]::new), ones(slotCount));
        List<AttemptItem> all = itemsOf.values().stream().flatMap(List::stream).toList();
        Map<String, QuestionDetails> details = catalog.details(all.stream().map(AttemptItem::getQuestionId).collect(Collectors.toSet()));
        Map<Long, QuizResults.StudentAttempt> rowOf = rows.stream()
                .collect(Collectors.toMap(QuizResults.StudentAttempt::attemptId, r -> r));
        List<QuizResults.SlotResult> slotResults = new ArrayList<>();
        for (int s = 0; s < slotCount; s++) {
            int slot = s;
            List<AttemptItem> inSlot = all.stream().filter(i -> i.getSlot() != null && i.getSlot() == slot).toList();
            SlotLabel label = slot < labels.size() ? labels.get(slot) : new SlotLabel("Question " + (slot + 1), false);
            slotResults.add(new QuizResults.SlotResult(slot, label.text(), label.rule(),
                    analysis == null ? null : analysis.items().get(slot),
                    (int) inSlot.stream().filter(AttemptItem::isAnswered).count(), drawn(slot, inSlot, rowOf, details)));
        }
        return new QuizResults(quizId, quiz.getTitle(), firstAttemptsOnly, rows, slotResults, analysis);
    }

    /**
     * One submitted attempt as its student sees it (each answer, verdict and source), for an
     * instructor who teaches the student in a class the quiz was published to. Verdicts show even
     * while the quiz still holds them back from the student.
     *
     * @throws AttemptNotFoundException for anyone else, or an attempt not submitted yet
     */
    @Transactional(readOnly = true)
    public StudentAttemptReview attempt(long attemptId) {
        QuizAttempt attempt = attempts.findById(attemptId)
                .filter(a -> a.getMode() == QuizAttempt.Mode.ASSIGNED && a.getStatus() == QuizAttempt.Status.FINISHED)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
        Quiz quiz = quizzes.findById(attempt.getQuizId()).orElseThrow(() -> new AttemptNotFoundException(attemptId));
        if (!classes.myStudents(published.findByQuizId(quiz.getId()).stream().map(QuizClass::getClassId).toList())
                .contains(attempt.getUserId())) {
            throw new AttemptNotFoundException(attemptId);
        }
        AppUser student = accounts.findAllById(Set.of(attempt.getUserId())).get(attempt.getUserId());
        return new StudentAttemptReview(quiz.getId(), quiz.getTitle(), student.getDisplayName(), attempt.getAttemptNumber(),
                attempt.getFinishedAt(), attempt.feedbackShown(), reviews.summary(attempt, true));
    }

    /** One line per attempt: who, when, how long, score, and the mark of every slot. */
    @Transactional(readOnly = true)
    public String attemptsCsv(long quizId, boolean firstAttemptsOnly) {
        return ResultsCsv.attempts(results(quizId, firstAttemptsOnly));
    }

    /** One line per slot: facility, spread, discrimination, efficiency, and the weak flag. */
    @Transactional(readOnly = true)
    public String questionsCsv(long quizId, boolean firstAttemptsOnly) {
        return ResultsCsv.questions(results(quizId, firstAttemptsOnly));
    }

    /** Submitted attempts of the students the viewer teaches (in the classes the quiz was published to). */
    private List<QuizAttempt> chosen(long quizId, boolean firstAttemptsOnly) {
        Set<Long> mine = classes.myStudents(published.findByQuizId(quizId).stream().map(QuizClass::getClassId).toList());
        List<QuizAttempt> finished = attempts.findByQuizIdOrderByStartedAt(quizId).stream()
                .filter(a -> a.getStatus() == QuizAttempt.Status.FINISHED && mine.contains(a.getUserId())).toList();
        if (!firstAttemptsOnly) {
            return finished;
        }
        Set<Long> seen = new HashSet<>();
        return finished.stream().sorted(Comparator.comparing(QuizAttempt::getAttemptNumber))
                .filter(a -> seen.add(a.getUserId())).sorted(Comparator.comparing(QuizAttempt::getStartedAt)).toList();
    }

    private static QuizResults.StudentAttempt row(QuizAttempt a, AppUser student, List<AttemptItem> attemptItems, int slotCount) {
        double[] marks = new double[slotCount];
        for (AttemptItem i : attemptItems) {
            if (i.getSlot() != null && i.getScore() != null) {
                marks[i.getSlot()] = i.getScore();
            }
        }
        return new QuizResults.StudentAttempt(a.getId(), a.getUserId(), student.getDisplayName(), student.getUsername(),
                a.getAttemptNumber(), a.getStartedAt(), Duration.between(a.getStartedAt(), a.getFinishedAt()),
                java.util.Arrays.stream(marks).sum(), slotCount, a.isAutoSubmitted(), marks);
    }

    /**
     * The questions drawn into one slot, most drawn first, each with its statistics over the
     * attempts that met it (its mark against the rest of each of those attempts) and its answers.
     */
    private static List<QuizResults.QuestionResult> drawn(int slot, List<AttemptItem> inSlot,
                                                          Map<Long, QuizResults.StudentAttempt> rowOf,
                                                          Map<String, QuestionDetails> details) {
        Map<String, List<AttemptItem>> byQuestion = inSlot.stream()
                .collect(Collectors.groupingBy(AttemptItem::getQuestionId, LinkedHashMap::new, Collectors.toList()));
        return byQuestion.entrySet().stream().map(e -> {
            List<AttemptItem> met = e.getValue();
            double[] marks = met.stream().mapToDouble(i -> rowOf.get(i.getAttemptId()).marks()[slot]).toArray();
            double[] rest = met.stream().mapToDouble(i -> rowOf.get(i.getAttemptId()).score()
                    - rowOf.get(i.getAttemptId()).marks()[slot]).toArray();
            QuestionDetails q = details.get(e.getKey());
            return new QuizResults.QuestionResult(q, met.size(), (int) met.stream().filter(AttemptItem::isAnswered).count(),
                    ItemAnalysis.item(slot, marks, rest, 1), choices(q, met));
        }).sorted(Comparator.comparingInt(QuizResults.QuestionResult::drawn).reversed()).toList();
    }

    /** Answers given to one question, most chosen first; every option of a choice question appears, even unchosen. */
    private static List<QuizResults.Choice> choices(QuestionDetails q, List<AttemptItem> met) {
        Map<String, QuizResults.Choice> tally = new LinkedHashMap<>();
        List<String> options = switch (q.format()) {
            case TRUE_FALSE -> List.of("True", "False");
            case MULTIPLE_CHOICE -> java.util.stream.Stream.concat(java.util.stream.Stream.of(q.answer()),
                    q.distractors().stream()).toList();
            default -> List.of();
        };
        options.forEach(o -> tally.put(o, new QuizResults.Choice(o, 0, o.equalsIgnoreCase(q.displayAnswer()))));
        for (AttemptItem i : met) {
            if (i.isAnswered()) {
                String given = Answers.display(q, i.getGivenAnswer());
                tally.merge(given, new QuizResults.Choice(given, 1, Boolean.TRUE.equals(i.getCorrect())),
                        (was, one) -> new QuizResults.Choice(was.answer(), was.count() + 1, was.correct() || one.correct()));
            }
        }
        return tally.values().stream().sorted(Comparator.comparingInt(QuizResults.Choice::count).reversed()).toList();
    }

    /** A slot's label: the hand-picked question's prompt, or its rule in words. */
    private record SlotLabel(String text, boolean rule) {
    }

    private List<SlotLabel> slotLabels(long quizId) {
        var documents = catalog.documents();
        List<QuizSlot> assembled = slots.findByQuizIdOrderByPosition(quizId);
        Map<String, QuestionDetails> picked = catalog.details(assembled.stream().map(s -> s.spec().questionId())
                .filter(java.util.Objects::nonNull).toList());
        List<SlotLabel> labels = new ArrayList<>();
        for (QuizSlot slot : assembled) {
            SlotSpec spec = slot.spec();
            if (spec.rule() == null) {
                labels.add(new SlotLabel(picked.get(spec.questionId()).prompt(), false));
            } else {
                for (int i = 1; i <= spec.rule().count(); i++) {
                    labels.add(new SlotLabel("Drawn by rule (" + i + " of " + spec.rule().count() + "): "
                            + RuleText.describe(spec.rule(), documents), true));
                }
            }
        }
        return labels;
    }

    private static double[] ones(int n) {
        double[] max = new double[n];
        java.util.Arrays.fill(max, 1);
        return max;
    }

    /** The quiz, if the signed-in instructor wrote it or teaches a class it was published to. */
    private Quiz readable(long quizId) {
        Long me = currentUser.id();
        Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> new QuizNotFoundException(quizId));
        if (quiz.getOwnerId().equals(me)) {
            return quiz;
        }
        Set<Long> taught = classes.taught().stream().map(ClassService.ClassSummary::id).collect(Collectors.toSet());
        if (published.findByQuizId(quizId).stream().anyMatch(c -> taught.contains(c.getClassId()))) {
            return quiz;
        }
        throw new QuizNotFoundException(quizId);
    }
}
