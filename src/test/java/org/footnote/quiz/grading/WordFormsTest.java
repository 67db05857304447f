package org.footnote.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grader's parts: slips of the fingers, word forms, numbers in words, dates and figures as found in text. */
class WordFormsTest {

    @Test
    void aSlipIsOneOfTheFingersNotAnotherWord() {
        assertThat(Typos.isSlip("primakof", "primakov")).isTrue();     // v and f are neighbours
        assertThat(Typos.isSlip("primkaov", "primakov")).isTrue();     // two letters swapped
        assertThat(Typos.isSlip("azimvo", "azimov")).isTrue();
        assertThat(Typos.isSlip("alimov", "azimov")).isFalse();        // z and l: far apart, not alike
        assertThat(Typos.isSlip("bzimov", "azimov")).isFalse();        // the first letter stands
        assertThat(Typos.isSlip("olli", "oli")).isTrue();              // a doubled letter, even in a short word
        assertThat(Typos.isSlip("uta", "uto")).isFalse();              // no slip in three letters
        assertThat(Typos.isSlip("turajonzada", "turajonzoda")).isTrue();
        assertThat(Typos.allowed("rahmon")).isEqualTo(1);
        assertThat(Typos.allowed("primakov")).isEqualTo(2);
    }

    @Test
    void wordFormsAndSpellingsShareAStem() {
        assertThat(Stems.of("issues")).isEqualTo(Stems.of("issue"));
        assertThat(Stems.of("investment")).isEqualTo(Stems.of("invested"));
        assertThat(Stems.of("organisation")).isEqualTo(Stems.of("organization"));
        assertThat(Stems.of("defence")).isEqualTo(Stems.of("defense"));
        assertThat(Stems.of("crises")).isEqualTo(Stems.of("crisis"));
        assertThat(Stems.of("grey")).isEqualTo(Stems.of("gray"));
        assertThat(Stems.of("russia")).isNotEqualTo(Stems.of("russian"));
    }

    @Test
    void wordsAreFoldedAndSplit() {
        assertThat(Words.of("The U.S.'s 201st Div., Farg\u2019ona & 7,000 at 2.5")).containsExactly("the", "us", "201", "div",
                "fargona", "and", "7000", "at", "2.5");
    }

    @Test
    void numbersInWords() {
        assertThat(read("twenty five")).isEqualByComparingTo("25");
        assertThat(read("seven thousand")).isEqualByComparingTo("7000");
        assertThat(read("two and a half billion")).isEqualByComparingTo("2500000000");
        assertThat(read("three quarters")).isEqualByComparingTo("0.75");
        assertThat(read("half a million")).isEqualByComparingTo("500000");
        assertThat(read("twenty six point seven")).isEqualByComparingTo("26.7");
        assertThat(NumberWords.read(List.of("troops"), 0)).isNull();
    }

    @Test
    void datesAreFoundAsPreciselyAsWritten() {
        assertThat(DateMention.find("27th of june 1997")).containsExactly(DateMention.of(1997, 6, 27));
        assertThat(DateMention.find("the 1990s")).singleElement().satisfies(d -> assertThat(d.decade()).isEqualTo(1990));
        assertThat(DateMention.find("1992-97")).containsExactly(DateMention.of(1992, null, null), DateMention.of(1997, null, null));
        assertThat(DateMention.find("1991-08")).containsExactly(DateMention.of(1991, 8, null));
        assertThat(DateMention.find("may be")).isEmpty();
        assertThat(DateMention.find("06/11/2024")).singleElement()
                .satisfies(d -> assertThat(d.alternative()).isEqualTo(DateMention.of(2024, 6, 11)));
    }

    @Test
    void figuresKnowTheirUnitBoundAndPrecision() {
        Figure f = Figure.find("over $2.5 bn a year").getFirst();
        assertThat(f.value()).isEqualByComparingTo("2500000000");
        assertThat(f.measure()).isEqualTo(Figure.Measure.MONEY);
        assertThat(f.bound()).isEqualTo(Figure.Bound.OVER);
        assertThat(Figure.find("25 yrs").getFirst().noun()).isEqualTo("year");
        assertThat(Figure.find("about 27%").getFirst().precision()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Figure.find("7.000 troops").getFirst().thousands()).isEqualByComparingTo("7000");
    }

    private static BigDecimal read(String words) {
        return NumberWords.read(List.of(words.split(" ")), 0).value();
    }
}
