package org.footnote.cards;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.footnote.account.AppUser;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.cards.fsrs.Rating;
import org.footnote.cards.ui.FlashcardsView;
import org.footnote.cards.ui.StudySettingsView;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.support.KaribuTest;
import org.footnote.bank.ui.components.SourceCard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A review session, clicked through: show, rate, next, limits, settings, two tabs, missed quiz answers. */
class FlashcardsTest extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    StudySettingsService settings;
    @Autowired
    ReviewLogRepository logs;
    @Autowired
    CardRepository cards;
    @Autowired
    PracticeService practice;

    @Autowired
    org.footnote.quiz.AttemptService attempts;
    AppUser student;

    @BeforeEach
    void signIn() {
        student = newStudent();
        login(student);
    }

    @Test
    void aNewLearnerMeetsNewCardsAndSeesTheAnswerWithItsSource() {
        UI.getCurrent().navigate(FlashcardsView.class);
        assertThat(text("flashcards-counts")).isEqualTo("0 due \u00b7 9 new \u00b7 0 reviewed today");
        assertThat(text("flashcard-label")).startsWith("New card");
        assertThat(_find(SourceCard.class)).isEmpty();

        ShortcutsKt._fireShortcut(_get(FlashcardsView.class), Key.SPACE);

        assertThat(_get(SourceCard.class)).isNotNull();
        assertThat(_find(Paragraph.class, s -> s.withClasses("flashcard-answer"))).hasSizeLessThanOrEqualTo(1);
        List<String> labels = ratingLabels();
        assertThat(labels.subList(0, 3)).containsExactly("Again \u00b7 1 min", "Hard \u00b7 6 min", "Good \u00b7 10 min");
        assertThat(labels.get(3)).matches("Easy \u00b7 (6|7|8|9|10|11) d"); // 8 days, fuzzed per card as py-fsrs fuzzes
    }

    @Test
    void theButtonsShowTheIntervalTheRatingReallyGives() {
        ReviewCard shown = reviews.next().orElseThrow();
        Duration promised = shown.intervals().get(Rating.EASY);
        reviews.rate(shown, Rating.EASY, 1000);
        Card card = cardOf(shown.questionId());
        assertThat(Duration.between(logs.findByCardIdOrderByReviewedAt(card.getId()).getFirst().getReviewedAt(),
                card.getDue())).isEqualTo(promised);
    }

    @Test
    void ratingLogsTheReviewAndBringsTheNextCard() {
        UI.getCurrent().navigate(FlashcardsView.class);
        String first = _get(H2.class, s -> s.withId("flashcard-prompt")).getText();
        ShortcutsKt._fireShortcut(_get(FlashcardsView.class), Key.SPACE);
        ShortcutsKt._fireShortcut(_get(FlashcardsView.class), Key.of("3"));

        assertThat(_get(H2.class, s -> s.withId("flashcard-prompt")).getText()).isNotEqualTo(first);
        assertThat(text("flashcards-counts")).isEqualTo("0 due \u00b7 8 new \u00b7 1 reviewed today");
        Card card = cards.findAll().stream().filter(c -> c.getUserId().equals(student.getId())).findFirst().orElseThrow();
        List<ReviewLog> log = logs.findByCardIdOrderByReviewedAt(card.getId());
        assertThat(log).singleElement().satisfies(r -> {
            assertThat(r.getRating()).isEqualTo(3);
            assertThat(r.getStateBefore()).isEqualTo(ReviewLog.NEW);
            assertThat(r.getScheduledDays()).isCloseTo(10 / 1440.0, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(r.getStabilityAfter()).isEqualTo(2.3065);
        });
        assertThat(card.getDue()).isAfter(clock.instant().plus(Duration.ofMinutes(9)));
    }

    @Test
    void theNewCardLimitEndsTheDayAndLearningCardsReturnAfterTheirStep() {
        settings.save(new StudySettings(0.9, 36_500, 2, 200, 4, ZoneOffset.UTC, Set.of()));
        UI.getCurrent().navigate(FlashcardsView.class);
        for (int i = 0; i < 2; i++) {
            ShortcutsKt._fireShortcut(_get(FlashcardsView.class), Key.SPACE);
            ShortcutsKt._fireShortcut(_get(FlashcardsView.class), Key.of("3"));
        }
        assertThat(_find(H2.class)).extracting(H2::getText).contains("All done for today");
        assertThat(text("flashcards-counts")).isEqualTo("0 due \u00b7 0 new \u00b7 2 reviewed today");

        clock.advance(Duration.ofMinutes(11));
        assertThat(reviews.counts().due()).isEqualTo(2);
        assertThat(reviews.next()).get().satisfies(c -> assertThat(c.isNew()).isFalse());
    }

    @Test
    void theReviewLimitHoldsBackReviewsButNotLearningSteps() {
        settings.save(new StudySettings(0.9, 36_500, 3, 1, 4, ZoneOffset.UTC, Set.of()));
        for (int i = 0; i < 3; i++) {
            reviews.rate(reviews.next().orElseThrow(), Rating.EASY, 1000);
        }
        clock.advance(Duration.ofDays(30));
        assertThat(reviews.counts().due()).isEqualTo(1);
        reviews.rate(reviews.next().orElseThrow(), Rating.GOOD, 1000);
        assertThat(reviews.counts().due()).isZero();
    }

    @Test
    void aSettingsChangeTakesEffectOnTheNextCard() {
        Duration before = reviews.next().orElseThrow().intervals().get(Rating.EASY);
        UI.getCurrent().navigate(StudySettingsView.class);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Desired retention (%)")), 80);
        _click(_get(Button.class, s -> s.withText("Save settings")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("settings-status")).getText()).startsWith("Saved");

        assertThat(settings.mine().desiredRetention()).isEqualTo(0.8);
        // 80% instead of 90%: the Easy interval of the same first card grows from about 8 to about 17 days.
        assertThat(reviews.next().orElseThrow().intervals().get(Rating.EASY)).isGreaterThan(before.plusDays(4));
    }

    @Test
    void outOfRangeSettingsAreRefusedWithAMessageAndNotSaved() {
        UI.getCurrent().navigate(StudySettingsView.class);
        IntegerField retention = _get(IntegerField.class, s -> s.withLabel("Desired retention (%)"));
        assertThat(retention.getHelperText()).startsWith("From 70% to 97%.");
        _setValue(retention, 99);
        _click(_get(Button.class, s -> s.withText("Save settings")));
        assertThat(retention.isInvalid()).isTrue();
        assertThat(retention.getErrorMessage()).isEqualTo("Desired retention must be between 70% and 97%.");
        assertThat(_get(IntegerField.class, s -> s.withLabel("New cards per day")).isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withClasses("settings-status")).getText()).startsWith("Not saved");
        assertThat(settings.customised()).isFalse();

        _setValue(retention, 95);
        _click(_get(Button.class, s -> s.withText("Save settings")));
        assertThat(retention.isInvalid()).isFalse();
        assertThat(settings.mine().desiredRetention()).isEqualTo(0.95);
    }

    @Test
    void aSecondTabRatingTheSameCardIsRefusedPolitely() {
        ReviewCard shown = reviews.next().orElseThrow();
        reviews.rate(shown, Rating.GOOD, 1000);
        assertThatThrownBy(() -> reviews.rate(shown, Rating.EASY, 1000)).isInstanceOf(CardAlreadyRatedException.class);

        clock.advance(Duration.ofMinutes(11));
        ReviewCard again = reviews.next().orElseThrow();
        assertThat(again.isNew()).isFalse();
        reviews.rate(again, Rating.GOOD, 1000);
        assertThatThrownBy(() -> reviews.rate(again, Rating.AGAIN, 1000)).isInstanceOf(CardAlreadyRatedException.class);
        assertThat(logs.findAll().stream().filter(r -> r.getCardId().equals(cardOf(again.questionId()).getId()))).hasSize(2);
    }

    @Test
    void aQuestionMissedInAQuizComesDueNowWithoutAnInventedRating() {
        settings.save(new StudySettings(0.9, 36_500, 7, 200, 4, ZoneOffset.UTC, Set.of()));
        for (int i = 0; i < 7; i++) {
            reviews.rate(reviews.next().orElseThrow(), Rating.EASY, 1000);
        }
        assertThat(reviews.next()).isEmpty();
        long logged = logs.count();

        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, "25 May 1995", 1000);

        ReviewCard due = reviews.next().orElseThrow();
        assertThat(due.questionId()).isEqualTo("test-accord-date");
        assertThat(due.isNew()).isFalse();
        assertThat(logs.count()).isEqualTo(logged);
    }

    @Test
    void aNewStudentsMissedQuestionBecomesACardDueNowWithNoReview() {
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, "25 May 1995", 1000);

        Card card = cardOf("test-accord-date");
        assertThat(card.getDue()).isBetween(clock.instant().minusSeconds(1), clock.instant());
        assertThat(card.getReps()).isZero();
        assertThat(logs.findByCardIdOrderByReviewedAt(card.getId())).isEmpty();
        UI.getCurrent().navigate(FlashcardsView.class);
        assertThat(text("flashcards-counts")).startsWith("1 due");
        assertThat(_get(H2.class, s -> s.withId("flashcard-prompt")).getText())
                .isEqualTo(context.getBean(org.footnote.bank.QuestionCatalog.class).details("test-accord-date").orElseThrow().prompt());
    }

    @Test
    void aMissRegradedAsRightTakesBackTheCardItMade() {
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, "25 May 1995", 1000);
        assertThat(cards.findByUserIdAndQuestionId(student.getId(), "test-accord-date")).isPresent();

        context.publishEvent(new org.footnote.quiz.AnswerRegraded(student.getId(), "test-accord-date", clock.instant(), true));

        assertThat(cards.findByUserIdAndQuestionId(student.getId(), "test-accord-date")).isEmpty();
    }

    @Test
    void newCardsCountTheChosenDocumentsQuestionsNotYetMet() {
        settings.save(new StudySettings(0.9, 36_500, 200, 200, 4, ZoneOffset.UTC, Set.of("test-olimov")));
        int inDocument = context.getBean(org.footnote.bank.QuestionCatalog.class)
                .active(Set.of("test-olimov"), Set.of(), Set.of()).size();
        assertThat(reviews.counts().fresh()).isEqualTo(inDocument);

        reviews.rate(reviews.next().orElseThrow(), Rating.GOOD, 1000);
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, "25 May 1995", 1000);

        int met = (int) cards.findAll().stream().filter(c -> c.getUserId().equals(student.getId())).count();
        assertThat(met).isBetween(1, 2); // 1 when the card rated was the question missed
        assertThat(reviews.counts().fresh()).isEqualTo(inDocument - met);
    }

    @Test
    void aCardWhoseQuestionIsRetiredNoLongerComesUp() {
        var editor = context.getBean(org.footnote.bank.QuestionEditService.class);
        String id = org.footnote.bank.Authoring.freshId("test-retired");
        login(newInstructor());
        long version = editor.save(org.footnote.bank.Authoring.accord(id), org.footnote.bank.QuestionStatus.ACTIVE, null)
                .question().version();
        login(student);
        context.publishEvent(new org.footnote.quiz.AnswerRecorded(student.getId(), id, false, clock.instant()));
        assertThat(reviews.counts().due()).isEqualTo(1);
        assertThat(reviews.next()).get().extracting(ReviewCard::questionId).isEqualTo(id);

        login(newInstructor());
        editor.save(org.footnote.bank.Authoring.accord(id), org.footnote.bank.QuestionStatus.RETIRED, version);
        login(student);

        assertThat(reviews.counts().due()).isZero();
        assertThat(reviews.next()).get().satisfies(c -> assertThat(c.isNew()).isTrue());
    }

    @Test
    void progressCountsDueCardsAsFlashcardsDo() {
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, "25 May 1995", 1000);
        // Rated Good, the card comes back in 10 minutes: later today, but not due yet, so neither page counts it.
        reviews.rate(reviews.next().orElseThrow(), Rating.GOOD, 1000);
        var progress = context.getBean(org.footnote.progress.ProgressService.class);
        assertThat(reviews.counts().due()).isZero();
        assertThat(progress.dashboard().dueNow()).isZero();
        assertThat(progress.dashboard().dueNext30Days().getFirst().count()).isZero();

        clock.advance(Duration.ofMinutes(11));
        assertThat(progress.dashboard().dueNow()).isEqualTo(reviews.counts().due()).isEqualTo(1);
        UI.getCurrent().navigate(FlashcardsView.class);
        assertThat(text("flashcards-counts")).startsWith("1 due");
    }

    private Card cardOf(String questionId) {
        return cards.findByUserIdAndQuestionId(student.getId(), questionId).orElseThrow();
    }

    private static List<String> ratingLabels() {
        return _find(Button.class).stream().map(Button::getText).filter(t -> t.contains("\u00b7")).toList();
    }

    private static String text(String cls) {
        return _find(com.vaadin.flow.component.Component.class, s -> s.withClasses(cls)).getFirst().getElement()
                .getTextRecursively();
    }
}
