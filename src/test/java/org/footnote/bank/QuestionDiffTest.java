package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.footnote.bank.history.QuestionDiff;
import org.footnote.bank.history.FieldChange;

/** What a revision records: each changed field, before and after, in words; and how a form's input is tidied. */
class QuestionDiffTest {

    private static final QuestionSpec ACCORD = Authoring.accord("test-accord");

    @Test
    void onlyTheChangedFieldsAreListedWithTheirOldAndNewValues() {
        var changed = new QuestionSpec(ACCORD.id(), Kind.DATE, Format.MULTIPLE_CHOICE, ACCORD.prompt(), ACCORD.answer(),
                List.of("1997-06-27"), List.of("25 May 1995", "24 November 1998", "December 1996"), List.of(), 3,
                List.of(), ACCORD.documentId(), ACCORD.quote(), null, "app", 0);

        assertThat(QuestionDiff.between(ACCORD, QuestionStatus.ACTIVE, changed, QuestionStatus.RETIRED)).containsExactly(
                new FieldChange(QuestionField.STATUS, "active", "retired"),
                new FieldChange(QuestionField.ACCEPT, null, "1997-06-27"),
                new FieldChange(QuestionField.DISTRACTORS, "25 May 1995; 24 November 1998; 19 October 1992",
                        "25 May 1995; 24 November 1998; December 1996"),
                new FieldChange(QuestionField.DIFFICULTY, "2", "3"),
                new FieldChange(QuestionField.TAGS, "peace-process", null));
        assertThat(QuestionDiff.between(ACCORD, QuestionStatus.ACTIVE, ACCORD, QuestionStatus.ACTIVE)).isEmpty();
    }

    @Test
    void aNewQuestionListsEveryFieldItHasAndOrderingItemsShowTheirQuotes() {
        var order = new QuestionSpec("test-order", Kind.DATE, Format.ORDERING, "Put in order.", "", List.of(), List.of(),
                List.of(new QuestionSpec.OrderingItem("Accord", "test-olimov", "signed in Moscow"),
                        new QuestionSpec.OrderingItem("Other", "elsewhere", "a line")), 2, List.of(), "test-olimov",
                "signed in Moscow", null, "app", 0);

        var changes = QuestionDiff.between(null, null, order, QuestionStatus.DRAFT);

        assertThat(changes).extracting(FieldChange::oldValue).containsOnlyNulls();
        assertThat(changes).filteredOn(c -> c.field() == QuestionField.ITEMS).singleElement()
                .extracting(FieldChange::newValue)
                .isEqualTo("1. Accord [\u201csigned in Moscow\u201d]; 2. Other [elsewhere: \u201ca line\u201d]");
    }

    @Test
    void aFormIsTidiedBeforeItIsCheckedOrCompared() {
        var typed = new QuestionSpec(" test-accord ", Kind.DATE, Format.TRUE_FALSE, " The accord was signed in 1997. ",
                " true ", List.of("yes"), List.of("x", ""), List.of(new QuestionSpec.OrderingItem("a", null, "b")), 1,
                List.of(" peace-process", "", "peace-process "), " test-olimov ", "  ", " ", "app", 0);

        var tidy = typed.tidy();

        assertThat(tidy.id()).isEqualTo("test-accord");
        assertThat(tidy.answer()).isEqualTo("true");
        assertThat(tidy.accept()).isEmpty();
        assertThat(tidy.distractors()).isEmpty();
        assertThat(tidy.items()).isEmpty();
        assertThat(tidy.tags()).containsExactly("peace-process");
        assertThat(tidy.documentId()).isEqualTo("test-olimov");
        assertThat(tidy.quote()).isNull();
        assertThat(tidy.explanation()).isNull();
    }
}
