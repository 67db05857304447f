package org.footnote.bank.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionSpec;
import org.footnote.bank.gift.GiftQuestion.Answer;
import org.footnote.bank.gift.GiftQuestion.Type;
import org.junit.jupiter.api.Test;

/** Moodle XML as Moodle 4.x exports it, read into the records GiftImport takes from GIFT. */
class MoodleXmlParserTest {

    /** A category, every type Footnote reads, and the types it cannot grade, as Moodle 4.x writes them. */
    private static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
            <!-- question: 0  -->
              <question type="category">
                <category>
                  <text>$course$/top/Default for History 9/date</text>
                </category>
                <info format="moodle_auto_format">
                  <text>The default category for questions shared in context 'History 9'.</text>
                </info>
                <idnumber></idnumber>
              </question>

            <!-- question: 101  -->
              <question type="multichoice">
                <name>
                  <text>Accord signed &amp; sealed</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p dir="ltr" style="text-align: left;">When was the <b>General Agreement</b> signed?</p>]]></text>
                </questiontext>
                <generalfeedback format="html">
                  <text><![CDATA[<p>Signed in Moscow &amp; witnessed by the UN.</p>]]></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber>accord-1997</idnumber>
                <single>true</single>
                <shuffleanswers>true</shuffleanswers>
                <answernumbering>abc</answernumbering>
                <showstandardinstruction>0</showstandardinstruction>
                <correctfeedback format="html">
                  <text>Your answer is correct.</text>
                </correctfeedback>
                <partiallycorrectfeedback format="html">
                  <text>Your answer is partially correct.</text>
                </partiallycorrectfeedback>
                <incorrectfeedback format="html">
                  <text>Your answer is incorrect.</text>
                </incorrectfeedback>
                <shownumcorrect/>
                <answer fraction="100" format="html">
                  <text><![CDATA[<p>27 June 1997</p>]]></text>
                  <feedback format="html">
                    <text><![CDATA[<p>Right: in Moscow.</p>]]></text>
                  </feedback>
                </answer>
                <answer fraction="0" format="html">
                  <text><![CDATA[<p>25 May 1995</p>]]></text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
                <answer fraction="0" format="html">
                  <text>24 November 1998</text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
                <tags>
                  <tag><text>tajikistan</text>
            </tag>
                  <tag><text>footnote-kind:date</text>
            </tag>
                  <tag><text>footnote-difficulty:1</text>
            </tag>
                  <tag><text>footnote-accept:27.6.1997 [in Moscow]</text>
            </tag>
                </tags>
              </question>

            <!-- question: 102  -->
              <question type="truefalse">
                <name>
                  <text>201st stayed</text>
                </name>
                <questiontext format="moodle_auto_format">
                  <text>The 201st division stayed in Dushanbe after 1997.</text>
                </questiontext>
                <generalfeedback format="moodle_auto_format">
                  <text></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>1.0000000</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <answer fraction="0" format="moodle_auto_format">
                  <text>true</text>
                  <feedback format="html">
                    <text><![CDATA[<p>No: it stayed.</p>]]></text>
                  </feedback>
                </answer>
                <answer fraction="100" format="moodle_auto_format">
                  <text>false</text>
                  <feedback format="html">
                    <text>Right.</text>
                  </feedback>
                </answer>
              </question>

            <!-- question: 103  -->
              <question type="shortanswer">
                <name>
                  <text>UTO leader</text>
                </name>
                <questiontext format="plain_text">
                  <text>Who led the United Tajik Opposition?</text>
                </questiontext>
                <generalfeedback format="plain_text">
                  <text>He signed the accord.</text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <usecase>0</usecase>
                <answer fraction="100" format="moodle_auto_format">
                  <text>Said Abdullo Nuri</text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
                <answer fraction="50" format="moodle_auto_format">
                  <text>Nuri</text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                </answer>
              </question>

            <!-- question: 104  -->
              <question type="numerical">
                <name>
                  <text>Accord year</text>
                </name>
                <questiontext format="markdown">
                  <text>In what **year** was the accord signed?</text>
                </questiontext>
                <generalfeedback format="html">
                  <text></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <answer fraction="100" format="moodle_auto_format">
                  <text>1997</text>
                  <feedback format="html">
                    <text></text>
                  </feedback>
                  <tolerance>2</tolerance>
                </answer>
                <answer fraction="0" format="moodle_auto_format">
                  <text>*</text>
                  <feedback format="html">
                    <text><![CDATA[<p>Think of the peace talks.</p>]]></text>
                  </feedback>
                  <tolerance>0</tolerance>
                </answer>
                <unitgradingtype>0</unitgradingtype>
                <unitpenalty>0.1000000</unitpenalty>
                <showunits>3</showunits>
                <unitsleft>0</unitsleft>
              </question>

            <!-- question: 105  -->
              <question type="matching">
                <name>
                  <text>Events to years</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Match each event to its year.</p>]]></text>
                </questiontext>
                <generalfeedback format="html">
                  <text></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <shuffleanswers>true</shuffleanswers>
                <subquestion format="html">
                  <text><![CDATA[<p>Accord signed</p>]]></text>
                  <answer>
                    <text>1997</text>
                  </answer>
                </subquestion>
                <subquestion format="html">
                  <text><![CDATA[<p>Border group formed</p>]]></text>
                  <answer>
                    <text>1992</text>
                  </answer>
                </subquestion>
                <subquestion format="html">
                  <text></text>
                  <answer>
                    <text>2001</text>
                  </answer>
                </subquestion>
              </question>

            <!-- question: 106  -->
              <question type="ordering">
                <name>
                  <text>Peace process in order</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Put the events in order.</p>]]></text>
                </questiontext>
                <generalfeedback format="html">
                  <text></text>
                </generalfeedback>
                <defaultgrade>1.0000000</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <idnumber></idnumber>
                <layouttype>VERTICAL</layouttype>
                <selecttype>ALL</selecttype>
                <selectcount>0</selectcount>
                <gradingtype>ABSOLUTE_POSITION</gradingtype>
                <showgrading>SHOW</showgrading>
                <numberingstyle>none</numberingstyle>
                <answer fraction="1.0000000" format="html">
                  <text><![CDATA[<p>Border group formed</p>]]></text>
                </answer>
                <answer fraction="2.0000000" format="html">
                  <text><![CDATA[<p>Primakov appointed</p>]]></text>
                </answer>
                <answer fraction="3.0000000" format="html">
                  <text><![CDATA[<p>Accord signed</p>]]></text>
                </answer>
              </question>

            <!-- question: 107  -->
              <question type="essay">
                <name>
                  <text>Why peace?</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Why did the war end?</p>]]></text>
                </questiontext>
              </question>

            <!-- question: 108  -->
              <question type="description">
                <name>
                  <text>Read first</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Read the accord before answering.</p>]]></text>
                </questiontext>
              </question>

            <!-- question: 109  -->
              <question type="cloze">
                <name>
                  <text>Gaps</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Signed in {1:SHORTANSWER:=1997}.</p>]]></text>
                </questiontext>
              </question>

            <!-- question: 110  -->
              <question type="calculatedsimple">
                <name>
                  <text>Sum</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>{a} + {b}?</p>]]></text>
                </questiontext>
              </question>

            <!-- question: 111  -->
              <question type="ddwtos">
                <name>
                  <text>Drag</text>
                </name>
                <questiontext format="html">
                  <text><![CDATA[<p>Signed in [[1]].</p>]]></text>
                </questiontext>
              </question>

            <!-- question: 112  -->
              <question type="multichoice">
                <name>
                  <text>Empty</text>
                </name>
                <questiontext format="html">
                  <text></text>
                </questiontext>
                <answer fraction="100" format="html">
                  <text>Yes</text>
                </answer>
              </question>

            </quiz>
            """;

    private static GiftParser.Result parsed() {
        return MoodleXmlParser.parse(EXPORT);
    }

    private static GiftQuestion named(String name) {
        return parsed().questions().stream().filter(q -> name.equals(q.name())).findFirst().orElseThrow();
    }

    /** The line of the {@code <question>} right after Moodle's {@code <!-- question: n -->} comment. */
    private static int lineOf(String xml, String comment) {
        return xml.substring(0, xml.indexOf(comment)).split("\n", -1).length + 1;
    }

    @Test
    void everyTypeFootnoteReadsIsReadAndEveryOtherIsAProblemOnItsLine() {
        var result = parsed();

        assertThat(result.questions()).extracting(GiftQuestion::type).containsExactly(Type.MULTIPLE_CHOICE,
                Type.TRUE_FALSE, Type.SHORT_ANSWER, Type.NUMERICAL, Type.MATCHING, Type.MATCHING);
        assertThat(result.questions()).extracting(GiftQuestion::line).containsExactly(lineOf(EXPORT, "question: 101 "),
                lineOf(EXPORT, "question: 102 "), lineOf(EXPORT, "question: 103 "), lineOf(EXPORT, "question: 104 "),
                lineOf(EXPORT, "question: 105 "), lineOf(EXPORT, "question: 106 "));
        assertThat(result.problems()).containsExactly(
                new GiftProblem(lineOf(EXPORT, "question: 107 "), "an essay question: Footnote cannot grade it"),
                new GiftProblem(lineOf(EXPORT, "question: 108 "), "a description is not a question"),
                new GiftProblem(lineOf(EXPORT, "question: 109 "), "a Moodle cloze question: Footnote cannot grade it"),
                new GiftProblem(lineOf(EXPORT, "question: 110 "), "a Moodle calculatedsimple question: Footnote cannot grade it"),
                new GiftProblem(lineOf(EXPORT, "question: 111 "), "a Moodle ddwtos question: Footnote cannot grade it"),
                new GiftProblem(lineOf(EXPORT, "question: 112 "), "the question has no text"));
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.category()).isEqualTo("Default for History 9/date"));
    }

    @Test
    void multipleChoiceKeepsItsHtmlEntitiesIdNumberTagsAndFootnotesTokens() {
        GiftQuestion q = named("Accord signed & sealed");

        assertThat(q.markup()).isEqualTo("html");
        assertThat(q.prompt()).isEqualTo("<p dir=\"ltr\" style=\"text-align: left;\">When was the <b>General Agreement</b> signed?</p>");
        // CDATA is taken as written: the &amp; inside it is HTML's, for GiftImport to decode with the tags.
        assertThat(q.generalFeedback()).isEqualTo("<p>Signed in Moscow &amp; witnessed by the UN.</p>");
        assertThat(q.idNumber()).isEqualTo("accord-1997");
        assertThat(q.tags()).containsExactly("tajikistan");
        assertThat(q.comments()).isEqualTo("[footnote-kind:date] [footnote-difficulty:1] [footnote-accept:27.6.1997 [in Moscow\\]]");
        assertThat(q.answers()).containsExactly(new Answer("<p>27 June 1997</p>", null, 100, 0, "<p>Right: in Moscow.</p>"),
                new Answer("<p>25 May 1995</p>", null, 0, 0, null), new Answer("24 November 1998", null, 0, 0, null));
    }

    @Test
    void trueFalseGivesTheRightValueFirstEachWithItsOwnFeedback() {
        GiftQuestion q = named("201st stayed");

        assertThat(q.markup()).isEqualTo("plain");
        assertThat(q.idNumber()).isNull();
        assertThat(q.generalFeedback()).isNull();
        assertThat(q.comments()).isEmpty();
        assertThat(q.answers()).containsExactly(new Answer("false", null, 100, 0, "Right."),
                new Answer("true", null, 0, 0, "<p>No: it stayed.</p>"));
    }

    @Test
    void shortAnswerNumericalMatchingAndOrdering() {
        assertThat(named("UTO leader").answers()).containsExactly(new Answer("Said Abdullo Nuri", null, 100, 0, null),
                new Answer("Nuri", null, 50, 0, null));
        assertThat(named("UTO leader").generalFeedback()).isEqualTo("He signed the accord.");

        GiftQuestion numerical = named("Accord year");
        assertThat(numerical.markup()).isEqualTo("markdown");
        assertThat(numerical.answers()).as("the wrong '*' is left out").containsExactly(new Answer("1997", null, 100, 2, null));

        assertThat(named("Events to years").answers()).as("the extra wrong answer 2001 is left out")
                .containsExactly(new Answer("<p>Accord signed</p>", "1997", 100, 0, null),
                        new Answer("<p>Border group formed</p>", "1992", 100, 0, null));

        assertThat(named("Peace process in order").answers()).extracting(Answer::text, Answer::match).containsExactly(
                org.assertj.core.groups.Tuple.tuple("<p>Border group formed</p>", "1"),
                org.assertj.core.groups.Tuple.tuple("<p>Primakov appointed</p>", "2"),
                org.assertj.core.groups.Tuple.tuple("<p>Accord signed</p>", "3"));
    }

    @Test
    void theImporterMakesDraftsOfThemAsOfGift() {
        var preview = GiftImport.read(parsed(), List.of(), id -> false);

        assertThat(preview.candidates()).extracting(c -> c.spec().format()).containsExactly(Format.MULTIPLE_CHOICE,
                Format.TRUE_FALSE, Format.SHORT_ANSWER, Format.SHORT_ANSWER, Format.ORDERING, Format.ORDERING);
        QuestionSpec mc = preview.candidates().getFirst().spec();
        assertThat(mc.id()).isEqualTo("accord-1997");
        assertThat(mc.prompt()).isEqualTo("When was the General Agreement signed?");
        assertThat(mc.answer()).isEqualTo("27 June 1997");
        assertThat(mc.distractors()).containsExactly("25 May 1995", "24 November 1998");
        assertThat(mc.accept()).containsExactly("27.6.1997 [in Moscow]");
        assertThat(mc.explanation()).isEqualTo("Signed in Moscow & witnessed by the UN.");
        assertThat(mc.kind()).isEqualTo(Kind.DATE);
        assertThat(mc.difficulty()).isEqualTo(1);
        assertThat(mc.tags()).containsExactly("tajikistan");
        assertThat(preview.candidates().get(1).spec()).satisfies(tf -> {
            assertThat(tf.answer()).isEqualTo("false");
            assertThat(tf.kind()).as("from the category's last segment").isEqualTo(Kind.DATE);
        });
        assertThat(preview.candidates().get(3).spec().accept()).containsExactly("1995", "1996", "1998", "1999");
        // Events matched to years are an ordering by year, as in GIFT.
        assertThat(preview.candidates().get(4).spec().items()).extracting(QuestionSpec.OrderingItem::text)
                .containsExactly("Border group formed", "Accord signed");
        assertThat(preview.candidates().get(5).spec().items()).extracting(QuestionSpec.OrderingItem::text)
                .containsExactly("Border group formed", "Primakov appointed", "Accord signed");
        assertThat(preview.problems()).isEqualTo(parsed().problems());
    }

    @Test
    void aDoctypeIsRefusedWholeAndNoEntityIsEverRead() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <quiz>
                  <question type="shortanswer">
                    <name><text>&xxe;</text></name>
                    <questiontext format="plain_text"><text>Leak: &xxe;</text></questiontext>
                    <answer fraction="100"><text>&xxe;</text></answer>
                  </question>
                </quiz>
                """;

        var result = MoodleXmlParser.parse(xml);

        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).containsExactly(
                new GiftProblem(2, "the file declares a DOCTYPE; Footnote does not read DTDs or entities (XXE)"));
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            String firstLine = Files.readAllLines(passwd).getFirst();
            assertThat(result.toString()).doesNotContain(firstLine);
        }
        assertThat(result.toString()).doesNotContain("root:");
    }

    @Test
    void malformedXmlIsRefusedWithItsLineAndNoQuestionBeforeItIsKept() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="truefalse">
                    <questiontext format="plain_text"><text>Fine?</text></questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                  <question type="truefalse">
                    <questiontext format="plain_text"><text>Broken?</questiontext>
                  </question>
                </quiz>
                """;

        var result = MoodleXmlParser.parse(xml);

        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.reason()).startsWith("not well-formed XML: ").contains("text").contains("column");
        });
    }

    @Test
    void aFileWhoseRootIsNotQuizIsRefused() {
        var result = MoodleXmlParser.parse("""
                <?xml version="1.0"?>
                <questions>
                  <question type="truefalse"/>
                </questions>
                """);

        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).containsExactly(new GiftProblem(2,
                "the root element is <questions>, not <quiz>: this is not a Moodle XML question file"));
    }

    @Test
    void questionsTheImporterCannotUseAreProblemsNotCrashes() {
        var result = MoodleXmlParser.parse("""
                <quiz>
                  <question type="shortanswer">
                    <questiontext><text>Who?</text></questiontext>
                    <answer fraction="0"><text>Nobody</text></answer>
                  </question>
                  <question type="numerical">
                    <questiontext><text>When?</text></questiontext>
                    <answer fraction="100"><text>about 1997</text></answer>
                  </question>
                  <question type="truefalse">
                    <questiontext><text>Really?</text></questiontext>
                    <answer fraction="100"><text>yes</text></answer>
                  </question>
                  <question>
                    <questiontext><text>What?</text></questiontext>
                  </question>
                </quiz>
                """);

        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).containsExactly(
                new GiftProblem(2, "no right answer: give one answer a positive fraction"),
                new GiftProblem(6, "'about 1997' is not a number"),
                new GiftProblem(10, "a true-false answer is 'true' or 'false', not 'yes'"),
                new GiftProblem(14, "a <question> without a type"));
    }

    @Test
    void aCategoryLosesMoodlesContextAndTopButKeepsItsPath() {
        assertThat(MoodleXmlParser.category("$course$/top/History/date")).isEqualTo("History/date");
        assertThat(MoodleXmlParser.category("$system$/top/Tajikistan")).isEqualTo("Tajikistan");
        assertThat(MoodleXmlParser.category("$module$/top")).isNull();
        assertThat(MoodleXmlParser.category("History/actor")).isEqualTo("History/actor");
    }
}
