package org.footnote.bank.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footnote.bank.Format;
import org.junit.jupiter.api.Test;

/**
 * Every construct of Moodle's GIFT documentation (and of the example file Moodle ships with its
 * importer), written about our own material, one question each: what it becomes. Each is imported as
 * written, imported with a note saying what Footnote does not keep, or refused with a reason; none is
 * changed silently.
 */
class GiftConstructsTest {

    private static GiftImport.Candidate imported(String gift) {
        var preview = GiftImport.read(gift, List.of(), id -> false);
        assertThat(preview.problems()).as(gift).isEmpty();
        assertThat(preview.candidates()).as(gift).hasSize(1);
        return preview.candidates().getFirst();
    }

    private static GiftImport.Candidate exact(String gift) {
        var c = imported(gift);
        assertThat(c.notes()).as("nothing bent: " + gift).isEmpty();
        return c;
    }

    private static String refused(String gift) {
        var preview = GiftImport.read(gift, List.of(), id -> false);
        assertThat(preview.candidates()).as(gift).isEmpty();
        assertThat(preview.problems()).as(gift).hasSize(1);
        return preview.problems().getFirst().reason();
    }

    @Test
    void multipleChoiceInlineOnSeveralLinesAndAsAMissingWord() {
        assertThat(exact("Who was Russia's Foreign Minister in 1996?{~Kozyrev ~Ivanov =Primakov}").spec())
                .satisfies(s -> {
                    assertThat(s.format()).isEqualTo(Format.MULTIPLE_CHOICE);
                    assertThat(s.answer()).isEqualTo("Primakov");
                    assertThat(s.distractors()).containsExactly("Kozyrev", "Ivanov");
                });
        assertThat(exact("The General Agreement was signed in {~Dushanbe =Moscow ~Tehran} in June 1997.").spec().prompt())
                .isEqualTo("The General Agreement was signed in _____ in June 1997.");
        assertThat(exact("""
                The peace talks were held under the auspices of the {
                    ~OSCE
                    =United Nations
                    ~CIS
                } from 1994.""").spec().prompt()).isEqualTo("The peace talks were held under the auspices of the _____ from 1994.");
        assertThat(exact("Which division stayed in Dushanbe? {\n    ~1st\n    =201st\n    ~9th}").spec().answer()).isEqualTo("201st");
    }

    @Test
    void shortAnswersTrueFalseAndTheirSpellings() {
        assertThat(exact("Who mediated for Russia?{=Primakov =Yevgeny Primakov}").spec().accept()).containsExactly("Yevgeny Primakov");
        assertThat(exact("The treaty was signed in {=1999 =nineteen ninety-nine}.").spec().prompt()).isEqualTo("The treaty was signed in _____.");
        assertThat(exact("The 201st division left Tajikistan in 1997.{F}").spec().answer()).isEqualTo("false");
        assertThat(exact("The civil war began in 1992.{T}").spec().answer()).isEqualTo("true");
        assertThat(exact("The civil war began in 1992.{TRUE}").spec().format()).isEqualTo(Format.TRUE_FALSE);
    }

    @Test
    void matchingIsAnOrderingWhenEachItemIsMatchedToAYearAndRefusedOtherwise() {
        assertThat(exact("Put in order. {=Accord signed -> 1997 =Border group formed -> 1992 =Primakov appointed -> 1996}")
                .spec().format()).isEqualTo(Format.ORDERING);
        assertThat(refused("Match the leaders with their roles. {\n    =Rahmon -> President\n    =Nuri -> UTO leader\n"
                + "    =Primakov -> Foreign Minister\n    }")).contains("Footnote has no other matching");
    }

    @Test
    void numericalExactToleranceRangeAndPartialCredit() {
        assertThat(exact("In which year was the accord signed? {#1997}").spec().answer()).isEqualTo("1997");
        assertThat(imported("In which year was the accord signed? {#1997:1}").notes())
                .containsExactly("the numbers 1996 to 1998 are all accepted");
        assertThat(imported("What share of GDP were remittances (as a fraction)? {#0.45:0.05}").notes())
                .containsExactly("the tolerance \u00b10.05 is not kept: Footnote grades figures as written");
        var range = imported("What share of GDP were remittances? {#0.40..0.50}.");
        assertThat(range.spec().answer()).isEqualTo("0.45");
        assertThat(range.notes()).containsExactly("the tolerance \u00b10.05 is not kept: Footnote grades figures as written");
        var partial = imported("In which year was the accord signed? {#\n    =1997:0\n    =%50%1997:1}");
        assertThat(partial.notes()).contains("partial credit (50%) for 1997 becomes full credit");
        assertThat(partial.spec().accept()).containsExactly("1996", "1998");
        assertThat(imported("What is pi to three places? {#3.141..3.142}").notes())
                .containsExactly("the tolerance \u00b10.0005 is not kept: Footnote grades figures as written");
    }

    @Test
    void commentsNamesAndFeedback() {
        assertThat(exact("// Subheading: numerical questions below\nWhat is 2 plus 2? {#4}").spec().answer()).isEqualTo("4");
        assertThat(exact("::Accord Date::In which year was the\nGeneral Agreement signed? {=1997}").spec().id()).isEqualTo("accord-date");
        var feedback = imported("Who led the UTO?{\n~Rahmon#He led the government.\n~Kozyrev#A Russian minister.\n=Nuri#Very good!}");
        assertThat(feedback.spec().explanation()).isEqualTo("Very good!");
        assertThat(feedback.notes()).containsExactly("feedback on single answers is not kept");
        var both = imported("The 201st division left in 1997.{FALSE#It stayed, and became a base.}");
        assertThat(both.spec().answer()).isEqualTo("false");
        assertThat(both.notes()).containsExactly("feedback on single answers is not kept");
    }

    @Test
    void aTextFormatMarkerIsReadAndItsMarksTakenOutWithANote() {
        var markdown = imported("[markdown]Who signed the accord for the **UTO**?{\n=Nuri#*Excellent* answer!\n=Said Abdullo Nuri}");
        assertThat(markdown.spec().prompt()).isEqualTo("Who signed the accord for the UTO?");
        assertThat(markdown.notes()).contains("Markdown emphasis was removed");
        var html = imported("[html]<p>Who signed the accord for the <b>UTO</b>?</p>{=Nuri}");
        assertThat(html.spec().prompt()).isEqualTo("Who signed the accord for the UTO?");
        assertThat(html.notes()).containsExactly("HTML markup was removed");
        assertThat(exact("[plain]Who signed the accord for the UTO?{=Nuri}").spec().prompt()).isEqualTo("Who signed the accord for the UTO?");
        // A blank and a product are not emphasis.
        assertThat(exact("[markdown]2 * 3 * 4 is {=24}.").spec().prompt()).isEqualTo("2 * 3 * 4 is _____.");
    }

    @Test
    void weightsAndSeveralRightAnswers() {
        assertThat(imported("Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}").notes())
                .containsExactly("partial credit (50%) for 'half credit answer' is not kept: it becomes a distractor");
        assertThat(imported("Where was the accord signed? {\n =Moscow#Yes.\n =%75%Moskow#Right, but misspelled.\n}").notes())
                .contains("partial credit (75%) for 'Moskow' becomes full credit");
        assertThat(refused("Which two states guaranteed the accord? {\n ~%50%Russia\n ~%50%Iran\n ~Chile }"))
                .contains("shares the credit among several");
        assertThat(refused("Which two? {\n ~%-50%Chile\n ~%50%Russia\n ~%50%Iran\n ~%-50%Peru }"))
                .contains("shares the credit among several");
    }

    @Test
    void escapedControlCharactersAndTheBackslash() {
        assertThat(exact("Which answer equals 5? {\n ~ \\= 2 + 2\n = \\= 2 + 3\n ~ \\= 2 + 4 }").spec().answer()).isEqualTo("= 2 + 3");
        var control = exact("::GIFT control characters::Which is NOT a control character? {\n ~ \\~ \n ~ \\= \n ~ \\# \n = \\\\ \n}");
        assertThat(control.spec().answer()).isEqualTo("\\");
        assertThat(control.spec().distractors()).containsExactly("~", "=", "#");
    }
}
