package org.footnote.quiz.assigned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionRef;
import org.footnote.quiz.DrawnQuestion;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SlotDrawTest {

    private static final List<QuestionRef> BANK = List.of(
            new QuestionRef("d1", "olimov", Kind.DATE, Format.MULTIPLE_CHOICE, 1),
            new QuestionRef("d2", "olimov", Kind.DATE, Format.SHORT_ANSWER, 2),
            new QuestionRef("d3", "olimov", Kind.DATE, Format.TRUE_FALSE, 2),
            new QuestionRef("a1", "olimov", Kind.ACTOR, Format.SHORT_ANSWER, 1),
            new QuestionRef("m1", "mikovic", Kind.DATE, Format.MULTIPLE_CHOICE, 2));

    @Test
    void handPickedQuestionsKeepTheirOrderAndSlotsWithoutShuffling() {
        var drawn = SlotDraw.draw(List.of(SlotSpec.question("a1"), SlotSpec.question("d1")), BANK, false, new Random(1));
        assertThat(drawn).containsExactly(new DrawnQuestion("a1", 0), new DrawnQuestion("d1", 1));
    }

    @RepeatedTest(20)
    void aRuleDrawsOnlyMatchingQuestionsNeverAHandPickedOneOrARepeat() {
        var rule = new DrawRule(2, "olimov", Kind.DATE, null);
        var drawn = SlotDraw.draw(List.of(SlotSpec.question("d1"), SlotSpec.rule(rule), SlotSpec.question("a1")), BANK,
                true, new Random());
        assertThat(drawn).hasSize(4);
        assertThat(drawn.stream().map(DrawnQuestion::questionId)).doesNotHaveDuplicates();
        assertThat(drawn.stream().filter(d -> d.slot() == 1 || d.slot() == 2).map(DrawnQuestion::questionId))
                .allMatch(id -> id.equals("d2") || id.equals("d3"));
        assertThat(drawn).contains(new DrawnQuestion("d1", 0), new DrawnQuestion("a1", 3));
    }

    @Test
    void difficultyNarrowsARuleAndAShortRuleDrawsWhatThereIs() {
        var rule = new DrawRule(3, null, Kind.DATE, 2);
        assertThat(SlotDraw.available(rule, BANK, Set.of())).isEqualTo(3);
        assertThat(SlotDraw.available(rule, BANK, Set.of("m1"))).isEqualTo(2);
        var drawn = SlotDraw.draw(List.of(SlotSpec.question("m1"), SlotSpec.rule(rule)), BANK, false, new Random(3));
        assertThat(drawn).hasSize(3).first().isEqualTo(new DrawnQuestion("m1", 0));
    }

    @Test
    void aRetiredHandPickedQuestionIsLeftOutButKeepsItsSlotNumber() {
        var drawn = SlotDraw.draw(List.of(SlotSpec.question("gone"), SlotSpec.question("d1")), BANK, false, new Random(1));
        assertThat(drawn).containsExactly(new DrawnQuestion("d1", 1));
    }
}
