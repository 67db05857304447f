package org.footnote.quiz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionCatalog;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one answer costs the database, counted at the JDBC level through the quiz page: checking an
 * answer is one read of the item with its attempt, its write, the two Progress rollups and, for a
 * miss, the card brought forward; "Next" is one read. A school's load rests on these numbers.
 */
class AnswerStatementsTest extends KaribuTest {

    @Autowired
    PracticeService practice;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    AnswerGrader grader;
    @Autowired
    org.footnote.cards.StudyDays days;

    @BeforeEach
    void startQuiz() {
        var student = newStudent();
        login(student);
        long attempt = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(Format.MULTIPLE_CHOICE), 5))
                .attemptId();
        UI.getCurrent().navigate("practice/" + attempt);
        // What an instance holds after a learner's first answer: the questions' details, the grader, their study days.
        catalog.active(Set.of(), Set.of(), Set.of()).forEach(q -> grader.grade(catalog.details(q.id()).orElseThrow(),
                "warm", java.util.List.of("warm")));
        days.today(student.getId());
    }

    @Test
    void aRightAnswerIsFourStatementsAndNextIsOne() {
        choose(true);
        int check = statements.during(() -> {
            _click(_get(Button.class, b -> b.withText("Check answer")));
        });
        int next = statements.during(() -> _click(_get(Button.class, b -> b.withText("Next question"))));

        assertThat(check).as("read item and attempt, write answer, day and question rollups").isEqualTo(4);
        assertThat(next).as("read the next item with its attempt").isEqualTo(1);
    }

    @Test
    void aMissAddsOneStatementForItsCard() {
        choose(false);
        int check = statements.during(() -> {
            _click(_get(Button.class, b -> b.withText("Check answer")));
        });

        assertThat(check).as("as a right answer, plus the card brought forward").isEqualTo(5);
    }

    /** Chooses the right option, or a wrong one, of the question shown. */
    @SuppressWarnings("unchecked")
    private void choose(boolean right) {
        RadioButtonGroup<String> options = _get(RadioButtonGroup.class);
        String prompt = _get(com.vaadin.flow.component.html.H1.class, h -> h.withId("quiz-prompt")).getText();
        String answer = catalog.active(Set.of(), Set.of(), Set.of(Format.MULTIPLE_CHOICE)).stream()
                .map(ref -> catalog.details(ref.id()).orElseThrow()).filter(q -> q.prompt().equals(prompt))
                .findFirst().orElseThrow().answer();
        _setValue(options, options.getListDataView().getItems().filter(o -> o.equals(answer) == right).findFirst()
                .orElseThrow());
    }
}
