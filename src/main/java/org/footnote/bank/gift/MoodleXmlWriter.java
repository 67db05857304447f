package org.footnote.bank.gift;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.footnote.bank.QuestionDetails;

/**
 * Writes questions as Moodle XML, with each question's source passage and document in the general
 * feedback (the same text {@link GiftWriter} writes after {@code ####}) so the footnote survives the
 * trip into an LMS. Multiple choice, true-false and short answer become Moodle's own types;
 * ordering questions become Moodle's ordering question (its items in their right order, graded by
 * absolute position). Each question's id is its name and {@code <idnumber>}; its tags are Moodle
 * tags, with Footnote's kind, difficulty, a multiple choice's accepted forms and a typed cause's key
 * terms as {@code footnote-} tags beside them, so that {@link MoodleXmlParser} and
 * {@link GiftImport} read back every field of the question. No category is written: callers
 * choose where the questions go in Moodle. Every text goes through {@link XMLStreamWriter}, which
 * escapes it. Plain Java.
 */
public final class MoodleXmlWriter {

    /** Characters XML 1.0 cannot hold at all, not even escaped: a stray one would make the file unreadable. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]"
            + "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final String PLAIN = "plain_text";

    private final XMLStreamWriter xml;
    private int depth;

    private MoodleXmlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static String write(List<QuestionDetails> questions) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            var writer = new MoodleXmlWriter(xml);
            writer.open("quiz");
            questions.forEach(writer::question);
            writer.close();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string failed", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private void question(QuestionDetails q) {
        String type = switch (q.format()) {
            case MULTIPLE_CHOICE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case ORDERING -> "ordering";
        };
        open("question", "type", type);
        text("name", null, q.id());
        text("questiontext", PLAIN, q.prompt());
        text("generalfeedback", PLAIN, GiftWriter.footnote(q));
        leaf("defaultgrade", "1");
        leaf("idnumber", q.id());
        switch (q.format()) {
            case MULTIPLE_CHOICE -> {
                leaf("single", "true");
                leaf("shuffleanswers", "true");
                leaf("answernumbering", "abc");
                answer("100", PLAIN, q.answer());
                q.distractors().forEach(d -> answer("0", PLAIN, d));
            }
            case TRUE_FALSE -> { // Moodle knows the two answers by these very texts
                boolean right = "true".equalsIgnoreCase(q.answer());
                answer(right ? "100" : "0", "moodle_auto_format", "true");
                answer(right ? "0" : "100", "moodle_auto_format", "false");
            }
            case SHORT_ANSWER -> {
                leaf("usecase", "0");
                answer("100", PLAIN, q.answer());
                q.accept().forEach(a -> answer("100", PLAIN, a));
            }
            case ORDERING -> {
                leaf("layouttype", "VERTICAL");
                leaf("selecttype", "ALL");
                leaf("selectcount", String.valueOf(q.items().size()));
                leaf("gradingtype", "ABSOLUTE_POSITION");
                leaf("showgrading", "SHOW");
                // Moodle exports each item's position as its fraction, and reads the items back in document order.
                for (int i = 0; i < q.items().size(); i++) {
                    answer(String.valueOf(i + 1), PLAIN, q.items().get(i).text());
                }
            }
        }
        List<String> tags = new ArrayList<>(q.tags());
        tags.addAll(GiftWriter.footnoteTokens(q));
        if (!tags.isEmpty()) {
            open("tags");
            tags.forEach(t -> text("tag", null, t));
            close();
        }
        close();
    }

    private void answer(String fraction, String format, String text) {
        open("answer", "fraction", fraction, "format", format);
        leaf("text", text);
        close();
    }

    /** Moodle's {@code <name format="..."><text>...</text></name>}; the format is left out when null. */
    private void text(String name, String format, String text) {
        if (format == null) {
            open(name);
        } else {
            open(name, "format", format);
        }
        leaf("text", text);
        close();
    }

    private void open(String name, String... attributes) {
        try {
            indent();
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
            depth++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void close() {
        try {
            depth--;
            indent();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only text, on one line. */
    private void leaf(String name, String text) {
        try {
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(text == null ? "" : NOT_XML.matcher(text).replaceAll(""));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new line at the current depth, so people can read the file (whitespace between elements means nothing to Moodle). */
    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
