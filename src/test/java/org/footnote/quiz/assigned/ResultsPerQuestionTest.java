package org.footnote.quiz.assigned;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.footnote.account.AppUser;
import org.footnote.bank.Kind;
import org.footnote.classes.ClassService;
import org.footnote.quiz.AttemptNotFoundException;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.FeedbackTiming;
import org.footnote.quiz.assigned.ui.AttemptReviewView;
import org.footnote.quiz.assigned.ui.QuizResultsView;
import org.footnote.support.KaribuTest;
import org.footnote.bank.ui.components.SourceCard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Results of a quiz whose rule gives students different questions: statistics and answers per
 * question actually drawn, and one student's attempt as they saw it, for their instructor only.
 */
class ResultsPerQuestionTest extends KaribuTest {

    private static final String PRIMAKOV = "Whose appointment as Russian Minister of Foreign Affairs in January 1996 moved the settlement forward?";

    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AttemptService attempts;
    @Autowired
    QuizResultsService results;

    /** Each student answers "Primakov" to whichever actor question the rule drew for them. */
    private record Taken(AssignedQuizFixture fixture, Map<String, Integer> drawn, long firstAttempt) {
    }

    private Taken taken(QuizSettings settings) {
        List<AppUser> learners = IntStream.range(0, 4).mapToObj(i -> newStudent()).toList();
        var f = AssignedQuizFixture.create(classes, authoring, this::login, newInstructor(), learners,
                settings, List.of(SlotSpec.question("test-accord-date"),
                        SlotSpec.rule(new DrawRule(1, "test-olimov", Kind.ACTOR, null))));
        Map<String, Integer> drawn = new HashMap<>();
        long first = -1;
        for (AppUser s : learners) {
            login(s);
            long attempt = assignments.start(f.quizId());
            first = first < 0 ? attempt : first;
            drawn.merge(attempts.question(attempt, 1).prompt(), 1, Integer::sum);
            attempts.answer(attempt, 0, "27 June 1997", 1000);
            attempts.answer(attempt, 1, "Primakov", 1000);
            attempts.finish(attempt);
            clock.advance(java.time.Duration.ofMinutes(1)); // the results list attempts in the order they started
        }
        return new Taken(f, drawn, first);
    }

    @Test
    void aRulesSlotBreaksDownIntoTheQuestionsActuallyDrawnEachWithItsStatisticsAnswersAndSource() {
        var t = taken(AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, 1));
        login(t.fixture().teacher());
        QuizResults r = results.results(t.fixture().quizId(), true);
        QuizResults.SlotResult rule = r.slots().get(1);
        assertThat(rule.drawnByRule()).isTrue();
        assertThat(rule.questions()).extracting(q -> q.question().prompt()).containsExactlyInAnyOrderElementsOf(t.drawn().keySet());
        for (QuizResults.QuestionResult q : rule.questions()) {
            boolean primakov = q.question().prompt().equals(PRIMAKOV);
            assertThat(q.drawn()).isEqualTo(t.drawn().get(q.question().prompt()));
            assertThat(q.item().facility()).as(q.question().id()).isEqualTo(primakov ? 1.0 : 0.0);
            assertThat(q.choices()).singleElement().satisfies(c -> {
                assertThat(c.answer()).isEqualTo("Primakov");
                assertThat(c.count()).isEqualTo(q.drawn());
                assertThat(c.correct()).isEqualTo(primakov);
            });
        }
        String csv = results.questionsCsv(t.fixture().quizId(), true);
        assertThat(csv).contains("Q2,,Drawn by rule").contains("Q2.1,test-").contains("Q1,test-accord-date,");

        UI.getCurrent().navigate(QuizResultsView.class, new RouteParameters("quizId", String.valueOf(t.fixture().quizId())));
        Details slot = _get(Details.class, s -> s.withPredicate(d -> d.getSummaryText().startsWith("Q2: Drawn by rule")));
        List<Section> sections = _find(slot, Section.class, s -> s.withClasses("drawn-question"));
        assertThat(sections).hasSize(t.drawn().size()).allSatisfy(section -> {
            String prompt = _get(section, H3.class).getText();
            assertThat(t.drawn()).containsKey(prompt);
            assertThat(_find(section, SourceCard.class)).hasSize(1);
            assertThat(_get(section, Paragraph.class, s -> s.withClasses("drawn-question-stats")).getText())
                    .startsWith("Met in " + t.drawn().get(prompt) + " attempt");
            assertThat(_find(section, ListItem.class, s -> s.withText("Primakov: " + t.drawn().get(prompt)
                    + (t.drawn().get(prompt) == 1 ? " student" : " students") + (prompt.equals(PRIMAKOV) ? " (right answer)" : ""))))
                    .hasSize(1);
        });
    }

    @Test
    void aQuestionEveryoneGotRightShowsADashForDiscriminationNoWeakFlagAndTheQuizItsErrorRatio() {
        var t = taken(AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, 1));
        login(t.fixture().teacher());
        UI.getCurrent().navigate(QuizResultsView.class, new RouteParameters("quizId", String.valueOf(t.fixture().quizId())));
        var grid = _get(com.vaadin.flow.component.grid.Grid.class, s -> s.withClasses("item-stats"));
        // Q1: every student dated the accord right, so its marks do not vary.
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 0, "discrimination")).isEqualTo("\u2014");
        var flag = (com.vaadin.flow.component.html.Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "flag");
        assertThat(flag.getText()).isEmpty();
        String overview = _get(com.vaadin.flow.component.html.DescriptionList.class, s -> s.withClasses("results-overview"))
                .getElement().getTextRecursively();
        assertThat(overview).contains("Mean score", "of 2", "Cronbach's alpha", "Error ratio", "Standard error");
    }

    @Test
    void fromAStudentsRowTheInstructorReadsThatAttemptAsTheStudentSawItAndNobodyElseCan() {
        var t = taken(new QuizSettings("Week 3 check", "", null, 1, false, false, FeedbackTiming.AFTER_CLOSE, null,
                clock.instant().plus(java.time.Duration.ofDays(2))));
        login(t.fixture().teacher());
        UI.getCurrent().navigate(QuizResultsView.class, new RouteParameters("quizId", String.valueOf(t.fixture().quizId())));
        var students = _get(com.vaadin.flow.component.grid.Grid.class, s -> s.withClasses("results-students"));
        Anchor review = (Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(students, 0, "attempt");
        assertThat(review.getText()).isEqualTo("Review attempt 1");
        assertThat(review.getHref()).isEqualTo("quizzes/attempts/" + t.firstAttempt());
        UI.getCurrent().navigate(review.getHref());

        String student = t.fixture().students().getFirst().getDisplayName();
        assertThat(_get(H1.class).getText()).isEqualTo(student + ", attempt 1: Week 3 check");
        assertThat(_get(Paragraph.class, s -> s.withClasses("attempt-review-held")).getText())
                .startsWith("The student has not seen these results yet");
        var lines = _get(OrderedList.class, s -> s.withClasses("summary-lines")).getChildren().toList();
        assertThat(lines).hasSize(2).allSatisfy(li -> {
            assertThat(_find(li, H2.class, s -> s.withClasses("feedback-verdict"))).hasSize(1);
            assertThat(_find(li, SourceCard.class)).isNotEmpty();
        });
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withText("I was right"))).isEmpty();

        login(newInstructor());
        assertThatThrownBy(() -> results.attempt(t.firstAttempt())).isInstanceOf(AttemptNotFoundException.class);
        UI.getCurrent().navigate("quizzes/attempts/" + t.firstAttempt());
        assertThat(_get(H1.class).getText()).isEqualTo("Not found");
        assertThat(_find(AttemptReviewView.class)).isEmpty();
    }
}
