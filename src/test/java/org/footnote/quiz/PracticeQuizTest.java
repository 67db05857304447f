package org.footnote.quiz;

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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Set;
import org.footnote.account.AppUser;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.quiz.ui.PracticeView;
import org.footnote.quiz.ui.QuizView;
import org.footnote.quiz.ui.SummaryView;
import org.footnote.support.KaribuTest;
import org.footnote.shared.ui.Announcer;
import org.footnote.shared.ui.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.footnote.bank.Question;

/** A student's practice quiz, clicked through without a browser, against the test bank. */
class PracticeQuizTest extends KaribuTest {

    @Autowired
    PracticeService practice;

    @Autowired
    org.footnote.quiz.AttemptService attempts;
    @Autowired
    AttemptItemRepository items;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    AppUser student;

    @BeforeEach
    void signIn() {
        student = newStudent();
        login(student);
    }

    @Test
    void aRightMultipleChoiceAnswerShowsTheHighlightedPassageAndItsDocument() {
        long attempt = openQuiz(Kind.DATE, Format.MULTIPLE_CHOICE);
        assertThat(_get(H1.class, s -> s.withId("quiz-prompt")).getText()).contains("General Agreement on Peace");

        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        check();

        assertThat(verdict()).isEqualTo("Correct");
        assertThat(_get(Mark.class).getText()).isEqualTo("27 June 1997");
        assertThat(text(".source-citation")).contains("Mouzaffar Olimov").contains("SIPRI").contains("1999");
        Anchor context = _get(Anchor.class, s -> s.withText("Read in context"));
        assertThat(context.getHref()).isEqualTo("documents/test-olimov?q=test-accord-date&back=practice%2F" + attempt);
        assertThat(_get(Announcer.class).getText()).isEqualTo("Correct.");
        assertThat(items.findByAttemptIdOrderByPosition(attempt)).singleElement()
                .satisfies(i -> assertThat(i.getCorrect()).isTrue());
    }

    @Test
    void eachCheckedAnswerIsTimedOnTheServer() {
        var timer = meters.get(org.footnote.shared.ServerTimings.ANSWER).timer();
        long before = timer.count();
        openQuiz(Kind.DATE, Format.MULTIPLE_CHOICE);
        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        check();
        assertThat(timer.count()).isEqualTo(before + 1);
        assertThat(timer.takeSnapshot().percentileValues()).as("p50, p95, p99 published").hasSize(3);
    }

    @Test
    void readInContextOffersTheWayBackToTheAnsweredQuestion() {
        long attempt = openQuiz(Kind.DATE, Format.MULTIPLE_CHOICE);
        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        check();

        String context = _get(Anchor.class, s -> s.withText("Read in context")).getHref();
        int query = context.indexOf('?');
        UI.getCurrent().navigate(context.substring(0, query),
                com.vaadin.flow.router.QueryParameters.fromString(context.substring(query + 1)));
        _get(org.footnote.bank.ui.DocumentView.class);
        Anchor back = _find(Anchor.class, s -> s.withText("Back to the question")).getFirst();
        assertThat(back.getHref()).isEqualTo("practice/" + attempt);

        UI.getCurrent().navigate(back.getHref());
        assertThat(verdict()).isEqualTo("Correct");
    }

    @Test
    void aWrongAnswerShowsBothAnswersAndIsAnnouncedWithTheRightOne() {
        openQuiz(Kind.DATE, Format.MULTIPLE_CHOICE);
        ShortcutsKt._fireShortcut(_get(QuizView.class), Key.of("1"));
        String chosen = (String) _get(RadioButtonGroup.class).getValue();
        if (chosen.equals("27 June 1997")) {
            _setValue(_get(RadioButtonGroup.class), "25 May 1995");
            chosen = "25 May 1995";
        }
        check();

        assertThat(verdict()).isEqualTo("Wrong");
        assertThat(text(".feedback-given")).isEqualTo("Your answer: " + chosen);
        assertThat(text(".feedback-answer")).isEqualTo("Correct answer: 27 June 1997");
        assertThat(_get(Announcer.class).getText()).isEqualTo("Wrong. The answer is 27 June 1997.");
    }

    @Test
    void aShortAnswerNearMissIsAcceptedWithTheRightSpelling() {
        openQuiz(Kind.ACTOR, Format.SHORT_ANSWER, "test-primakov");
        _setValue(_get(TextField.class), "Yevgeny Primakof");
        check();

        assertThat(verdict()).isEqualTo("Correct, with a spelling slip");
        assertThat(text(".feedback-answer")).isEqualTo("Spelled: Yevgeny Primakov");
    }

    @Test
    void nameVariantsCountAsTheSameName() {
        openQuiz(Kind.ACTOR, Format.SHORT_ANSWER, "test-president");
        _setValue(_get(TextField.class), "rahmon");
        check();
        assertThat(verdict()).isEqualTo("Correct");
    }

    @Test
    void aFigureWithoutItsSeparatorIsRightAndAWrongFigureIsWrong() {
        openQuiz(Kind.FIGURE, Format.SHORT_ANSWER);
        _setValue(_get(TextField.class), "11000");
        check();
        assertThat(verdict()).isEqualTo("Wrong");
        assertThat(text(".feedback-answer")).isEqualTo("Correct answer: 12 000");
    }

    @Test
    void trueFalseRightIsSaidInWordsAndAnnounced() {
        openQuiz(Kind.DATE, Format.TRUE_FALSE);
        ShortcutsKt._fireShortcut(_get(QuizView.class), Key.of("2"));
        check();
        assertThat(verdict()).isEqualTo("Correct");
        assertThat(text(".feedback-given")).isEqualTo("Your answer: False");
        assertThat(_get(Announcer.class).getText()).isEqualTo("Correct.");
    }

    @Test
    void trueFalseShowsTheExplanation() {
        openQuiz(Kind.DATE, Format.TRUE_FALSE);
        ShortcutsKt._fireShortcut(_get(QuizView.class), Key.of("1"));
        check();
        assertThat(verdict()).isEqualTo("Wrong");
        assertThat(text(".feedback-explanation")).isEqualTo("It was formed on 19 October 1992.");
    }

    @Test
    void orderingEarnsPartialCreditAndShowsEachItemsPassage() {
        long attempt = openQuiz(Kind.DATE, Format.ORDERING);
        List<String> shown = attempts.question(attempt, 0).options();
        List<String> right = List.of("Russian border guard group formed in Tajikistan", "Primakov appointed Foreign Minister",
                "General Agreement on Peace signed");
        // Bring the first event to the top with its buttons, leaving the rest as they are.
        int from = shown.indexOf(right.getFirst());
        for (int i = from; i > 0; i--) {
            _click(_find(Button.class).stream().filter(b -> b.getAriaLabel().orElse("")
                    .equals("Move \u201c" + right.getFirst() + "\u201d up")).findFirst().orElseThrow());
        }
        check();

        var feedback = attempts.question(attempt, 0).feedback();
        long inPlace = feedback.items().stream().filter(Feedback.OrderedItem::studentHadItInPlace).count();
        assertThat(inPlace).isBetween(1L, 3L);
        assertThat(verdict()).isIn("Correct", "Partly correct: " + inPlace + " of 3 in place");
        assertThat(_find(ListItem.class, s -> s.withClasses("ordering-item"))).hasSize(3);
        assertThat(_find(Anchor.class, s -> s.withText("Read in context"))).hasSize(3)
                .extracting(Anchor::getHref).contains("documents/test-olimov?q=test-order&item=0&back=practice%2F" + attempt);

        ShortcutsKt._fireShortcut(_get(QuizView.class), Key.ENTER);
        String summary = text(".summary-score");
        if (inPlace < 3) {
            assertThat(summary).startsWith("0 of 1 right, scoring " + Math.round(100.0 * inPlace / 3) + "% with partial credit");
        } else {
            assertThat(summary).startsWith("1 of 1 right (100%)");
        }
    }

    @Test
    void submittingTwiceRecordsOneAnswerAndKeepsTheFirst() {
        long attempt = openQuiz(Kind.DATE, Format.MULTIPLE_CHOICE);
        Feedback first = attempts.answer(attempt, 0, "27 June 1997", 1200);
        Feedback second = attempts.answer(attempt, 0, "25 May 1995", 300);

        assertThat(second).isEqualTo(first);
        assertThat(items.findByAttemptIdOrderByPosition(attempt)).singleElement().satisfies(i -> {
            assertThat(i.getGivenAnswer()).isEqualTo("27 June 1997");
            assertThat(i.getTimeTakenMs()).isEqualTo(1200);
        });
    }

    @Test
    void anEmptyAnswerIsNotGradedButExplained() {
        long attempt = openQuiz(Kind.ACTOR, Format.SHORT_ANSWER, "test-primakov");
        check();
        assertThat(text(".quiz-hint")).isEqualTo("Give an answer first.");
        assertThat(items.findByAttemptIdOrderByPosition(attempt).getFirst().isAnswered()).isFalse();
        _setValue(_get(TextField.class), "Primakov");
        check();
        assertThat(text(".quiz-hint")).isEmpty();
    }

    @Test
    void leavingAndComingBackResumesAtTheNextQuestion() {
        StartedQuiz quiz = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(), 5));
        goTo(quiz.attemptId());
        answerWhateverIsShown();
        UI.getCurrent().navigate("documents");

        UI.getCurrent().navigate(PracticeView.class);
        assertThat(text(".practice-resume p")).isEqualTo("You have a quiz in progress: 1 of 5 answered.");
        _click(_get(Button.class, s -> s.withText("Resume it")));
        assertThat(text(".quiz-counter")).isEqualTo("Question 2 of 5");
    }

    @Test
    void aWholeQuizEndsWithItsSummaryAndTheMissedOnesCanBePractisedAgain() {
        StartedQuiz quiz = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(), 5));
        goTo(quiz.attemptId());
        for (int i = 0; i < 5; i++) {
            answerWhateverIsShown();
            ShortcutsKt._fireShortcut(_get(QuizView.class), Key.ENTER);
        }
        _get(SummaryView.class);
        AttemptSummary summary = attempts.summary(quiz.attemptId());
        assertThat(text(".summary-score")).startsWith(summary.rightCount() + " of 5 right");
        assertThat(_find(ListItem.class, s -> s.withClasses("is-correct"))).hasSize((int) summary.rightCount());
        if (summary.missedCount() > 0) {
            _click(_get(Button.class, s -> s.withText("Practise the " + summary.missedCount() + " missed again")));
            assertThat(text(".quiz-counter")).isEqualTo("Question 1 of " + summary.missedCount());
        }
    }

    @Test
    void anotherStudentsQuizCannotBeOpenedOrAnswered() {
        long attempt = openQuiz(Kind.DATE, Format.MULTIPLE_CHOICE);
        login(newStudent());

        goTo(attempt);
        _get(PracticeView.class);
        assertThatThrownBy(() -> attempts.answer(attempt, 0, "27 June 1997", 1)).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> attempts.summary(attempt)).isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void theSetupRefusesAnEmptyChoiceWithAMessage() {
        UI.getCurrent().navigate(PracticeView.class);
        _setValue(_get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withLabel("Formats")), Set.of());
        assertThat(text(".practice-available")).isEqualTo("0 questions match your choices.");
        _click(_get(Button.class, s -> s.withText("Start quiz")));
        assertThat(text(".practice-available")).isEqualTo("Choose at least one document, one kind and one format.");
        _get(PracticeView.class);
    }

    // --- helpers

    private long openQuiz(Kind kind, Format format, String... onlyQuestion) {
        StartedQuiz quiz;
        do {
            quiz = practice.start(new PracticeSettings(Set.of("test-olimov"), Set.of(kind), Set.of(format), 5));
        } while (onlyQuestion.length > 0 && !attempts.question(quiz.attemptId(), 0).prompt()
                .equals(promptOf(onlyQuestion[0])));
        goTo(quiz.attemptId());
        return quiz.attemptId();
    }

    private String promptOf(String questionId) {
        return context.getBean(org.footnote.bank.QuestionCatalog.class).details(questionId).orElseThrow().prompt();
    }

    private static void goTo(long attemptId) {
        UI.getCurrent().navigate(QuizView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
    }

    private static void check() {
        _click(_get(Button.class, s -> s.withText("Check answer")));
    }

    private static void answerWhateverIsShown() {
        var radios = _find(RadioButtonGroup.class);
        var fields = _find(TextField.class);
        if (!radios.isEmpty()) {
            ShortcutsKt._fireShortcut(_get(QuizView.class), Key.of("2"));
        } else if (!fields.isEmpty()) {
            _setValue(fields.getFirst(), "Primakov");
        }
        check();
    }

    private static String verdict() {
        return _get(H2.class, s -> s.withClasses("feedback-verdict")).getElement().getTextRecursively().strip();
    }

    private static String text(String css) {
        String cls = css.replaceFirst("^\\.", "");
        if (cls.contains(" ")) {
            String[] parts = cls.split(" ");
            return _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses(parts[0]))
                    .getChildren().filter(c -> c.getElement().getTag().equals(parts[1])).findFirst().orElseThrow()
                    .getElement().getTextRecursively();
        }
        return _find(com.vaadin.flow.component.Component.class, s -> s.withClasses(cls)).getFirst().getElement()
                .getTextRecursively();
    }
}
