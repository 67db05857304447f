package org.footnote.quiz.assigned;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.util.ArrayList;
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
import org.footnote.bank.QuestionRef;
import org.footnote.bank.QuestionStatus;
import org.footnote.classes.ClassService;
import org.footnote.classes.ClassService.ClassSummary;
import org.footnote.classes.ClassService.RosterEntry;
import org.footnote.quiz.QuizAttemptRepository;
import org.footnote.account.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.footnote.bank.Question;

/**
 * Instructors assemble quizzes and hand them to classes. A quiz belongs to its author: every method
 * finds it among the signed-in instructor's own, so anyone else's quiz looks missing.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class QuizAuthoringService {

    private final QuizRepository quizzes;
    private final QuizSlotRepository slots;
    private final QuizClassRepository published;
    private final QuizOverrideRepository overrides;
    private final QuizAttemptRepository attempts;
    private final QuestionCatalog catalog;
    private final ClassService classes;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    public QuizAuthoringService(QuizRepository quizzes, QuizSlotRepository slots, QuizClassRepository published,
                                QuizOverrideRepository overrides, QuizAttemptRepository attempts, QuestionCatalog catalog,
                                ClassService classes, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.quizzes = quizzes;
        this.slots = slots;
        this.published = published;
        this.overrides = overrides;
        this.attempts = attempts;
        this.catalog = catalog;
        this.classes = classes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public long create(String title) {
        var settings = QuizSettings.named(title == null ? "" : title);
        if (settings.problems().containsKey("title")) {
            throw new InvalidQuizException("title", settings.problems().get("title"));
        }
        return quizzes.save(new Quiz(me(), settings, clock.instant())).getId();
    }

    /**
     * A new quiz with this one's settings (under a new title) and its questions and rules in the same
     * order; handed to the same classes (those the instructor still teaches) when asked. Students'
     * exceptions and attempts stay with the original. All or nothing: a copy that cannot be published
     * (a retired question) is not made.
     */
    @Transactional
    public long duplicate(long quizId, String title, boolean sameClasses) {
        Quiz original = owned(quizId);
        QuizSettings settings = original.settings().titled(title == null ? "" : title.strip());
        if (settings.problems().containsKey("title")) {
            throw new InvalidQuizException("title", settings.problems().get("title"));
        }
        long copy = quizzes.save(new Quiz(me(), settings, clock.instant())).getId();
        List<SlotSpec> specs = specs(quizId);
        for (int i = 0; i < specs.size(); i++) {
            slots.save(new QuizSlot(copy, i, specs.get(i)));
        }
        if (sameClasses) {
            Set<Long> taught = classes.taught().stream().map(ClassSummary::id).collect(Collectors.toSet());
            publish(copy, published.findByQuizId(quizId).stream().map(QuizClass::getClassId).filter(taught::contains)
                    .collect(Collectors.toSet()));
        }
        return copy;
    }

    /** The signed-in instructor's quizzes, latest edited first; the same few queries however many there are. */
    @Transactional(readOnly = true)
    public List<QuizListRow> mine() {
        Long me = me();
        Map<Long, String> classNames = classes.taught().stream().collect(Collectors.toMap(ClassSummary::id, ClassSummary::name));
        Map<Long, List<QuizSlot>> slotsOf = slots.findByOwnerId(me).stream().collect(Collectors.groupingBy(QuizSlot::getQuizId));
        Map<Long, List<QuizClass>> publishedOf = published.findByOwnerId(me).stream()
                .collect(Collectors.groupingBy(QuizClass::getQuizId));
        Map<Long, Long> attemptsOf = quizzes.countAttemptsByOwnerId(me).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return quizzes.findByOwnerIdOrderByUpdatedAtDesc(me).stream().map(q -> {
            QuizSettings s = q.settings();
            List<String> to = publishedOf.getOrDefault(q.getId(), List.of()).stream()
                    .map(c -> classNames.getOrDefault(c.getClassId(), "a class you no longer teach")).sorted().toList();
            return new QuizListRow(q.getId(), q.getTitle(), QuizSlot.questionCount(slotsOf.getOrDefault(q.getId(), List.of())),
                    to, s.opensAt(), s.closesAt(), s.timeLimitMinutes(), attemptsOf.getOrDefault(q.getId(), 0L));
        }).toList();
    }

    @Transactional(readOnly = true)
    public QuizDraft draft(long quizId) {
        Quiz quiz = owned(quizId);
        List<SlotSpec> specs = specs(quizId);
        Set<String> handPicked = handPicked(specs);
        List<QuestionRef> active = catalog.active(Set.of(), Set.of(), Set.of());
        Map<String, QuestionDetails> details = catalog.details(handPicked);
        var documents = catalog.documents();
        List<QuizDraft.Slot> shown = specs.stream().map(spec -> {
            if (spec.rule() != null) {
                return new QuizDraft.Slot(spec, RuleText.describe(spec.rule(), documents), spec.rule().kind(), null,
                        spec.rule().documentId(), SlotDraw.available(spec.rule(), active, handPicked));
            }
            QuestionDetails q = details.get(spec.questionId());
            return new QuizDraft.Slot(spec, q.prompt(), q.kind(), q.format(), q.source() == null ? null : q.source().documentId(),
                    q.status() == QuestionStatus.ACTIVE ? 1 : 0);
        }).toList();
        Set<Long> classIds = published.findByQuizId(quizId).stream().map(QuizClass::getClassId).collect(Collectors.toSet());
        List<QuizOverride> given = overrides.findByQuizId(quizId);
        Map<Long, AppUser> students = accounts.findAllById(given.stream().map(QuizOverride::getUserId).toList());
        List<QuizDraft.StudentOverride> exceptions = given.stream().map(o -> new QuizDraft.StudentOverride(o.getUserId(),
                students.containsKey(o.getUserId()) ? students.get(o.getUserId()).getDisplayName() : "?", o.terms())).toList();
        long count = attempts.countByQuizId(quizId);
        return new QuizDraft(quizId, quiz.settings(), shown, classIds, exceptions, count > 0, count);
    }

    /** Saves the settings; attempts waiting for the closing date follow it if it moves. */
    @Transactional
    public void saveSettings(long quizId, QuizSettings settings) {
        Quiz quiz = owned(quizId);
        Map<String, String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidQuizException(problems);
        }
        quiz.apply(settings, clock.instant());
        followClosing(quizId, settings);
    }

    /**
     * Replaces the quiz's questions and rules, in this order. Refused once students have attempted
     * it, and for questions that are not active or rules larger than 50.
     */
    @Transactional
    public void setSlots(long quizId, List<SlotSpec> specs) {
        Quiz quiz = owned(quizId);
        if (attempts.countByQuizId(quizId) > 0) {
            throw new InvalidQuizException("slots", "Students have already attempted this quiz, so its questions are fixed. "
                    + "Create a new quiz to use different ones.");
        }
        Set<String> active = catalog.activeIds();
        Set<String> seen = new HashSet<>();
        for (SlotSpec spec : specs) {
            if (spec.questionId() != null && (!active.contains(spec.questionId()) || !seen.add(spec.questionId()))) {
                throw new InvalidQuizException("slots", "Question " + spec.questionId() + " is not active or is already in the quiz.");
            }
            if (spec.rule() != null && (spec.rule().count() < 1 || spec.rule().count() > DrawRule.MAX_COUNT)) {
                throw new InvalidQuizException("slots", "A rule draws 1 to " + DrawRule.MAX_COUNT + " questions.");
            }
        }
        slots.deleteByQuizId(quizId);
        slots.flush();
        for (int i = 0; i < specs.size(); i++) {
            slots.save(new QuizSlot(quizId, i, specs.get(i)));
        }
        quiz.touch(clock.instant());
    }

    /** How many active questions a rule would draw from, leaving out these hand-picked ones. */
    @Transactional(readOnly = true)
    public int available(DrawRule rule, Set<String> handPicked) {
        return SlotDraw.available(rule, catalog.active(Set.of(), Set.of(), Set.of()), handPicked);
    }

    /**
     * Hands the quiz to exactly these classes (of the instructor's own). A quiz is published only
     * when every attempt can be drawn in full.
     */
    @Transactional
    public void publish(long quizId, Set<Long> classIds) {
        owned(quizId);
        Set<Long> mine = classes.taught().stream().map(ClassSummary::id).collect(Collectors.toSet());
        if (!mine.containsAll(classIds)) {
            throw new InvalidQuizException("classes", "You can publish only to classes you teach.");
        }
        if (!classIds.isEmpty()) {
            QuizDraft draft = draft(quizId);
            if (draft.slots().isEmpty()) {
                throw new InvalidQuizException("classes", "Add questions before publishing the quiz.");
            }
            if (draft.slots().stream().anyMatch(QuizDraft.Slot::shortOfQuestions)) {
                throw new InvalidQuizException("classes", "Some questions are retired or some rules match too few questions; "
                        + "fix the marked rows before publishing.");
            }
        }
        for (QuizClass existing : published.findByQuizId(quizId)) {
            if (!classIds.contains(existing.getClassId())) {
                published.delete(existing);
            }
        }
        for (Long classId : classIds) {
            if (!published.existsById(new QuizClass.Key(quizId, classId))) {
                published.save(new QuizClass(quizId, classId, clock.instant()));
            }
        }
    }

    /**
     * The quiz as Moodle GIFT: its hand-picked questions in one category, and each rule's pool (every
     * question it could draw) in a category of its own, ready for Moodle's "random question from
     * category". Each question carries its source passage in the general feedback.
     */
    @Transactional(readOnly = true)
    public String exportGift(long quizId) {
        Quiz quiz = owned(quizId);
        List<SlotSpec> specs = specs(quizId);
        Set<String> picked = handPicked(specs);
        String base = "$course$/Footnote/" + quiz.getTitle().replace('/', '-');
        StringBuilder gift = new StringBuilder();
        List<String> pickedIds = specs.stream().map(SlotSpec::questionId).filter(java.util.Objects::nonNull).toList();
        if (!pickedIds.isEmpty()) {
            Map<String, QuestionDetails> details = catalog.details(pickedIds);
            gift.append("$CATEGORY: ").append(base).append("\n\n")
                    .append(org.footnote.bank.gift.GiftWriter.write(pickedIds.stream().map(details::get).toList()));
        }
        List<QuestionRef> active = catalog.active(Set.of(), Set.of(), Set.of());
        var documents = catalog.documents();
        int n = 0;
        for (SlotSpec spec : specs) {
            if (spec.rule() != null) {
                List<String> pool = active.stream().filter(q -> spec.rule().matches(q) && !picked.contains(q.id()))
                        .map(QuestionRef::id).toList();
                Map<String, QuestionDetails> details = catalog.details(pool);
                gift.append("\n$CATEGORY: ").append(base).append("/Rule ").append(++n).append(" - ")
                        .append(RuleText.describe(spec.rule(), documents).replace('/', '-')).append("\n\n")
                        .append(org.footnote.bank.gift.GiftWriter.write(pool.stream().map(details::get).toList()));
            }
        }
        return gift.toString();
    }

    /** Students of the classes the quiz is published to: those who can be given an override. */
    @Transactional(readOnly = true)
    public List<RosterEntry> students(long quizId) {
        owned(quizId);
        Map<Long, RosterEntry> students = new LinkedHashMap<>();
        for (QuizClass c : published.findByQuizId(quizId)) {
            classes.roster(c.getClassId()).forEach(s -> students.putIfAbsent(s.userId(), s));
        }
        return new ArrayList<>(students.values());
    }

    @Transactional
    public void saveOverride(long quizId, long studentId, OverrideTerms terms) {
        Quiz quiz = owned(quizId);
        if (students(quizId).stream().noneMatch(s -> s.userId() == studentId)) {
            throw new InvalidQuizException("student", "Choose a student of a class this quiz is published to.");
        }
        Map<String, String> problems = terms.problems(quiz.settings());
        if (!problems.isEmpty()) {
            throw new InvalidQuizException(problems);
        }
        overrides.findById(new QuizOverride.Key(quizId, studentId)).ifPresentOrElse(o -> o.set(terms),
                () -> overrides.save(new QuizOverride(quizId, studentId, terms)));
        overrides.flush();
        followClosing(quizId, quiz.settings());
    }

    @Transactional
    public void removeOverride(long quizId, long studentId) {
        Quiz quiz = owned(quizId);
        overrides.deleteById(new QuizOverride.Key(quizId, studentId));
        overrides.flush();
        followClosing(quizId, quiz.settings());
    }

    /** Results held back until the quiz closes for everyone move with the latest closing date. */
    private void followClosing(long quizId, QuizSettings settings) {
        var all = overrides.findByQuizId(quizId).stream().map(QuizOverride::terms).toList();
        var closed = Availability.closedForAll(settings, all);
        if (closed != null) {
            attempts.moveFeedbackDate(quizId, closed);
        }
    }

    private List<SlotSpec> specs(long quizId) {
        return slots.findByQuizIdOrderByPosition(quizId).stream().map(QuizSlot::spec).toList();
    }

    private static Set<String> handPicked(List<SlotSpec> specs) {
        return specs.stream().map(SlotSpec::questionId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private Quiz owned(long quizId) {
        return quizzes.findById(quizId).filter(q -> q.getOwnerId().equals(me()))
                .orElseThrow(() -> new QuizNotFoundException(quizId));
    }

    private Long me() {
        return currentUser.id();
    }
}
