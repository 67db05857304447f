package org.footnote.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.footnote.bank.Format;
import org.footnote.bank.GradingVocabulary;
import org.footnote.bank.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the grader, on a small bank of its own. */
class GraderTest {

    /** A bank in miniature: names, abbreviations, a document's words, and the bank's people and places. */
    static final Lexicon LEXICON = Lexicon.of(new GradingVocabulary(
            List.of(List.of("Rahmon", "Rakhmonov", "Rahmonov"), List.of("Emomali", "Imomali"),
                    List.of("Yakhyo", "Yahyo"), List.of("Dushanbe", "Dushambe"), List.of("Taliban", "Taleban")),
            List.of(List.of("Collective Security Treaty Organization", "CSTO", "ODKB"),
                    List.of("Commonwealth of Independent States", "CIS"), List.of("European Union", "EU"),
                    List.of("United States", "US", "USA")),
            List.of("Immediately afterwards a Tajik Government delegation headed by Prime Minister Yakhyo Azimov visited "
                    + "Moscow. The visit of Russian Prime Minister Viktor Chernomyrdin in January 1998 was important. "
                    + "Rashid Alimov, the Foreign Minister, said so. The southern buffer zone would be lost."),
            Map.of(Kind.ACTOR, List.of("Emomali Rahmon", "Yakhyo Azimov", "Viktor Chernomyrdin", "Rashid Alimov",
                    "Russia", "China", "United States", "European Union", "Taliban"), Kind.PLACE, List.of("Dushanbe", "Moscow"))));

    private final Grader grader = new Grader(LEXICON);

    private Grade asked(Kind kind, String prompt, String answer, String given, String... accept) {
        return grader.grade(new Grader.Key(kind, Format.SHORT_ANSWER, prompt, answer, List.of(accept), List.of(),
                List.of(), List.of()), given);
    }

    private Grade typed(Kind kind, String answer, String given, String... accept) {
        return asked(kind, "", answer, given, accept);
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', value = {
            // case, punctuation, articles, word order, accents
            "Emomali Rahmon|  EMOMALI   RAHMON ",
            "Emomali Rahmon|Rahmon, Emomali.",
            "United Tajik Opposition|The United-Tajik Opposition",
            "Khatlon|Khatl\u00f3n",
            // titles and honorifics, leading words, trailing context
            "Emomali Rahmon|President Rahmon",
            "Yakhyo Azimov|Prime Minister Azimov",
            "Yakhyo Azimov|Mr. Yakhyo Azimov",
            "Moscow|in Moscow",
            "Dushanbe|Dushanbe, Tajikistan",
            "Dushanbe|the city of Dushanbe in Tajikistan",
            "Dushanbe|I think it was Dushanbe",
            // spellings listed in names.yaml are right, not slips
            "Emomali Rahmon|Imomali Rakhmonov",
            "Yakhyo Azimov|Yahyo Azimov",
            // the surname names a person
            "Yakhyo Azimov|Azimov",
            // abbreviations the bank defines, alone, in brackets, with a generic word
            "Collective Security Treaty Organization|CSTO",
            "Collective Security Treaty Organization|Collective Security Treaty Organization (CSTO)",
            "Collective Security Treaty Organization|the CSTO alliance",
            "Collective Security Treaty Organization|odkb",
            "CSTO|Collective Security Treaty Organisation",
            // word forms and spelling (stemming, British and American)
            "technical issues|technical issue",
            "New Territories|new territory",
            "Shanghai Cooperation Organisation|Shanghai Cooperation Organization",
            "multi-vector foreign policy|multivector foreign policy",
            "Qosh Tepa|Qoshtepa",
            "201st Motorized Rifle Division|the 201st Motorized Rifle Div",
            // a generic last word may be left out
            "Fergana Valley|Fergana",
            // a country by its adjective, a government by its capital, context in brackets, what it is not
            "China|the Chinese government",
            "China|Beijing (China)",
            "Russia|Russia (Moscow)",
            "China|China, not Russia or the West",
            // both parts of a two-part answer, in any order or with a slash
            "Afghanistan and Pakistan|Pakistan & Afghanistan",
            "Afghanistan and Pakistan|Afghanistan/Pakistan",
    })
    void acceptsWhatATeacherAccepts(String answer, String given) {
        Kind kind = answer.matches("(?i).*(issues|territories|policy|organi[sz]ation|security|opposition).*")
                ? Kind.TERM : Kind.ACTOR;
        assertThat(typed(kind, answer, given).correct()).as("'%s' for %s", given, answer).isTrue();
        assertThat(typed(kind, answer, given).nearMiss()).as("'%s' is not a slip", given).isFalse();
    }

    @ParameterizedTest(name = "{1} refused for {0}")
    @CsvSource(delimiter = '|', value = {
            "Emomali Rahmon|Islam Karimov",
            "Emomali Rahmon|Rahmon Nabiyev",
            "Russia|China",
            "Russia|Russia and China",
            "Uzbekistan|Uzbekistan, Kyrgyzstan",
            "United States|the US and the EU",
            "Emomali Rahmon|Rahmon or Nabiyev",
            "Moscow|not Moscow",
            "Collective Security Treaty Organization|NATO",
            "Collective Security Treaty Organization|Collective Security",
            "Afghanistan and Pakistan|Afghanistan",
            "its southern buffer zone|its northern buffer zone",
            "Emomali Rahmon|",
            "Khujand|Dushanbe and Khujand",
            "Russian protectorate|a Chinese protectorate",
    })
    void refusesWhatIsWrong(String answer, String given) {
        assertThat(typed(Kind.ACTOR, answer, given == null ? "" : given).correct()).as("'%s' for %s", given, answer)
                .isFalse();
    }

    @Test
    void aSlipIsANearMissButNeverAnotherKnownName() {
        Grade slip = typed(Kind.ACTOR, "Yakhyo Azimov", "Yakhyo Azimvo");
        assertThat(slip.correct()).isTrue();
        assertThat(slip.nearMiss()).isTrue();
        assertThat(slip.reason()).contains("azimvo");
        assertThat(typed(Kind.PLACE, "Dushanbe", "Dushanbw").nearMiss()).isTrue(); // a key beside the right one
        assertThat(typed(Kind.PLACE, "Moscow", "Moskow").nearMiss()).isTrue();     // letters that sound alike
        // Alimov is another official in the documents, and z and l are neither neighbours nor alike
        assertThat(typed(Kind.ACTOR, "Yakhyo Azimov", "Alimov").correct()).isFalse();
        assertThat(typed(Kind.ACTOR, "Yakhyo Azimov", "Azilov").correct()).isFalse();
        // no slip in a word of three letters, none in the first letter, none for a country
        assertThat(typed(Kind.TERM, "UTO", "UTA").correct()).isFalse();
        assertThat(typed(Kind.ACTOR, "Yakhyo Azimov", "Uzimov").correct()).isFalse();
        assertThat(typed(Kind.PLACE, "Iran", "Iraq").correct()).isFalse();
    }

    @Test
    void wordsOfTheQuestionAreContextButAnswerNothingOnTheirOwn() {
        String prompt = "Which Russian general held the post of Chief Adviser on Military Affairs?";
        assertThat(asked(Kind.ACTOR, prompt, "Yury Baranov", "the Russian general Yury Baranov").correct()).isTrue();
        String bri = "What does BRI stand for?";
        assertThat(asked(Kind.TERM, bri, "Belt and Road Initiative", "BRI").correct()).isFalse();
        assertThat(asked(Kind.TERM, bri, "Belt and Road Initiative", "belt and road").correct()).isTrue();
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "27 June 1997|27 June 1997",
            "27 June 1997|June 27th, 1997",
            "27 June 1997|the 27th of June 1997",
            "27 June 1997|1997-06-27",
            "27 June 1997|27.06.1997",
            "27 June 1997|27/06/97",
            "27 June 1997|on 27 Jun 97",
            "27 June 1997|1997/06/27",
            "27 June 1997|the twenty-seventh of June 1997",
            "25 May 1993|may twenty-fifth nineteen ninety-three",
            "August 1991|08/1991",
            "August 1991|Aug. 1991",
            "August 1991|August 19-21, 1991",
            "February 1999|Feb '99",
            "February 1999|Febr. 1999",
            "February 1999|1999-02",
            "1997|the year 1997",
            "1997|in 1997",
            "1997|June 1997",
            "1997|'97",
            "1997|nineteen ninety-seven",
            "2042|until 2042",
            "2042|twenty forty-two",
            "11 June 2024|06/11/2024",
    })
    void acceptsADateInAnyUnambiguousForm(String answer, String given) {
        assertThat(typed(Kind.DATE, answer, given).correct()).as("'%s' for %s", given, answer).isTrue();
    }

    @ParameterizedTest(name = "{1} refused for {0}")
    @CsvSource(delimiter = '|', value = {
            "27 June 1997|27 June 1998",
            "27 June 1997|26 June 1997",
            "27 June 1997|June 1997",
            "27 June 1997|1997",
            "August 1991|1991",
            "August 1991|September 1991",
            "1997|1998",
            "1997|1992-97",
            "1997|1992 to 1997",
            "1997|the 1990s",
            "1997|1,997",
            "1997|December 1998",
    })
    void refusesAnotherOrALessPreciseDate(String answer, String given) {
        assertThat(typed(Kind.DATE, answer, given).correct()).as("'%s' for %s", given, answer).isFalse();
    }

    @Test
    void aDateDayFirstAndMonthFirstIsANearMissOnlyWhenItCouldBeEither() {
        Grade ambiguous = typed(Kind.DATE, "11 June 2024", "06/11/2024");
        assertThat(ambiguous.nearMiss()).isTrue();
        assertThat(ambiguous.reason()).contains("month first");
        assertThat(typed(Kind.DATE, "11 June 2024", "6/11/2024").correct()).isTrue();
        assertThat(typed(Kind.DATE, "13 June 2024", "06/13/2024").nearMiss()).isFalse(); // cannot be day first
        assertThat(typed(Kind.DATE, "13 June 2024", "06/13/2024").correct()).isTrue();
    }

    @Test
    void yearsTheQuestionNamesAreNotTheAnswer() {
        String prompt = "Under the 2012 agreement, until at least which year may the base operate?";
        assertThat(asked(Kind.DATE, prompt, "2042", "2042, under the 2012 agreement").correct()).isTrue();
        assertThat(asked(Kind.DATE, prompt, "2042", "2012").correct()).isFalse();
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', value = {
            "7,000|7000",
            "7,000|7 000",
            "7,000|approx. 7,000",
            "7,000|about 7000 troops",
            "7,000|~7,000",
            "7,000|seven thousand",
            "7,000|7k",
            "7,000|around 7.000",
            "25 years|twenty-five",
            "25 years|25-year",
            "25 years|25 yrs",
            "26.7 percent|26.7%",
            "26.7 percent|26,7 %",
            "26.7 percent|about 27%",
            "26.7 percent|twenty-six point seven per cent",
            "75 percent|three quarters",
            "75 percent|3/4",
            "over $2.5 billion|$2.5 bn",
            "over $2.5 billion|more than 2.5 bln dollars",
            "over $2.5 billion|2,500 million US dollars",
            "over $2.5 billion|two and a half billion dollars",
            "$1.580 billion|$1.58 billion",
            "$1.580 billion|about 1.6 billion",
            "one million|1,000,000",
    })
    void acceptsAFigureInAnyNotation(String answer, String given) {
        assertThat(typed(Kind.FIGURE, answer, given).correct()).as("'%s' for %s", given, answer).isTrue();
    }

    @ParameterizedTest(name = "{1} refused for {0}")
    @CsvSource(delimiter = '|', value = {
            "7,000|70,000",
            "7,000|7,001",
            "7,000|7,000 km",
            "7,000|6,000-8,000",
            "25 years|25 months",
            "26.7 percent|2.67%",
            "26.7 percent|26.7 dollars",
            "over $2.5 billion|2.5 million dollars",
            "over $2.5 billion|$25 billion",
            "over $2.5 billion|less than $2.5 billion",
            "over $2.5 billion|3 billion",
            "over $2.5 billion|2.5 billion roubles",
            "one million|half a million",
    })
    void refusesAnotherFigure(String answer, String given) {
        assertThat(typed(Kind.FIGURE, answer, given).correct()).as("'%s' for %s", given, answer).isFalse();
    }

    @Test
    void causesAreGradedByTheirKeyIdeasAndSayWhichIsMissing() {
        var key = new Grader.Key(Kind.CAUSE, Format.SHORT_ANSWER, "Why was Mir suspended?", "technical issues", List.of(),
                List.of(), List.of(List.of("technical", "technological", "system"),
                List.of("issues", "problems", "glitches", "faults")), List.of());
        assertThat(grader.grade(key, "Because the bank said it had technical problems").correct()).isTrue();
        assertThat(grader.grade(key, "technical glitches in its systems").correct()).isTrue();
        assertThat(grader.grade(key, "tecnical faults").nearMiss()).isTrue();
        Grade missing = grader.grade(key, "sanctions");
        assertThat(missing.correct()).isFalse();
        assertThat(missing.reason()).isEqualTo("missing idea: technical; issues");
        assertThat(grader.grade(key, "problems with sanctions").reason()).isEqualTo("missing idea: technical");
        assertThat(grader.grade(key, "not technical problems but sanctions").correct()).isFalse();
    }

    @Test
    void aCauseNamingACountryItsPassageDoesNotIsAboutSomethingElse() {
        var key = new Grader.Key(Kind.CAUSE, Format.SHORT_ANSWER, "Why did Tajikistan seek it?", "to ease tensions with Afghanistan",
                List.of(), List.of(), List.of(List.of("ease", "reduce", "calm"), List.of("tensions", "relations")), List.of(),
                "Tajikistan sought recognition to ease bilateral tensions with Afghanistan.");
        assertThat(grader.grade(key, "to calm relations with the Afghans").correct()).isTrue();
        assertThat(grader.grade(key, "to ease tensions with Kyrgyzstan").reason()).contains("'kyrgyzstan'");
        assertThat(grader.grade(key, "to ease tensions with Kabul").correct()).isTrue();
    }

    @Test
    void aPairingQuestionMayBeAnsweredWithThePair() {
        String prompt = "Disputes over water and borders between Tajikistan and which neighbour worry Russia?";
        assertThat(asked(Kind.ACTOR, prompt, "Uzbekistan", "Tajikistan and Uzbekistan").correct()).isTrue();
        String consulate = "Apart from its embassy in Dushanbe, in which city did Russia have a consulate?";
        assertThat(asked(Kind.PLACE, consulate, "Khujand", "Dushanbe and Khujand").correct()).isFalse();
    }

    @Test
    void theAcceptListCounts() {
        assertThat(typed(Kind.TERM, "Russian protectorate", "a protectorate", "protectorate").correct()).isTrue();
        assertThat(typed(Kind.TERM, "Russian protectorate", "a protectorate").correct()).isFalse();
    }

    @Test
    void multipleChoiceAndTrueFalseMatchExactly() {
        var mc = new Grader.Key(Kind.DATE, Format.MULTIPLE_CHOICE, "27 June 1997", List.of(), List.of());
        assertThat(grader.grade(mc, "27 June 1997").correct()).isTrue();
        assertThat(grader.grade(mc, "25 May 1995").correct()).isFalse();
        assertThat(grader.grade(mc, null).correct()).isFalse();
        var tf = new Grader.Key(Kind.CAUSE, Format.TRUE_FALSE, "false", List.of(), List.of());
        assertThat(grader.grade(tf, "False").correct()).isTrue();
        assertThat(grader.grade(tf, "true").correct()).isFalse();
    }

    @Test
    void orderingEarnsTheShareOfItemsInPlace() {
        var key = new Grader.Key(Kind.DATE, Format.ORDERING, "", List.of(), List.of("A", "B", "C", "D"));
        assertThat(grader.gradeOrdering(key, List.of("A", "B", "C", "D"))).isEqualTo(Grade.RIGHT);
        Grade partial = grader.gradeOrdering(key, List.of("A", "C", "B", "D"));
        assertThat(partial.correct()).isFalse();
        assertThat(partial.score()).isEqualTo(0.5);
        assertThat(grader.gradeOrdering(key, List.of("D", "C", "B", "A")).score()).isZero();
    }

    @Test
    void aVeryLongAnswerIsReadOnlyAsFarAsAnAnswerGoes() {
        String huge = "Moscow " + "x".repeat(1_000_000);
        assertThat(typed(Kind.PLACE, "Moscow", huge).correct()).isTrue();
    }

    @Test
    void verdictsReadAsTheGradingCommandPrintsThem() {
        assertThat(Grade.right("x").verdict()).isEqualTo("RIGHT");
        assertThat(Grade.nearMiss("x").verdict()).isEqualTo("NEAR_MISS");
        assertThat(Grade.wrong("x").verdict()).isEqualTo("WRONG");
    }
}
