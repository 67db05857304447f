package org.footnote.bank.gift;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a small XML file, read whole with the JDK's StAX: its name, attributes, own text
 * (CDATA and entities resolved as any XML parser does), child elements, and the line it starts
 * on. A question bank file is at most {@link GiftFile#MAX_BYTES}, so holding it as a tree is cheap
 * and lets {@link MoodleXmlParser} read a question's parts in any order. Plain Java.
 *
 * @param line where the element's start tag ends (1-based), as the StAX parser reports it
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children, int line) {

    /** Why the file was not read at all, with the line the parser stopped on. */
    static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String reason) {
            super(reason);
            this.line = line;
        }

        GiftProblem problem() {
            return new GiftProblem(line, getMessage());
        }
    }

    /** The JDK's message after its "ParseError at [row,col]:[3,6]" prefix, which the problem's line already says. */
    private static final Pattern PARSE_ERROR = Pattern.compile("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: (.*)$");

    /**
     * The document's root element.
     *
     * @throws Unreadable when the file declares a DOCTYPE (refused whole: no DTD, no entity is ever
     *                    read, so no XXE) or is not well-formed XML
     */
    static XmlElement read(String xml) throws Unreadable {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true); // adjacent text and CDATA arrive as one event
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                int line = reader.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new Unreadable(line,
                            "the file declares a DOCTYPE; Footnote does not read DTDs or entities (XXE)");
                    case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(reader, line));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done; // read on to the end: anything after the root but comments is an error
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> { // comments, processing instructions, whitespace outside the root
                    }
                }
            }
            if (root == null) {
                throw new Unreadable(1, "the file holds no XML element");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            Matcher m = PARSE_ERROR.matcher(String.valueOf(e.getMessage()));
            String message = (m.matches() ? m.group(1) : String.valueOf(e.getMessage())).strip();
            throw new Unreadable(line, "not well-formed XML: " + message + (column > 0 ? " (column " + column + ")" : ""));
        } finally {
            close(reader);
        }
    }

    /** The first child named {@code name}, or null. */
    XmlElement child(String name) {
        return children.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    /** Every child named {@code name}, in document order. */
    List<XmlElement> children(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The attribute's value, or null. */
    String attribute(String name) {
        return attributes.get(name);
    }

    /**
     * The stripped text of the element at {@code path} below this one ({@code text("questiontext",
     * "text")}), or of this one when the path is empty; "" when an element on the path is missing.
     */
    String text(String... path) {
        XmlElement at = this;
        for (String step : path) {
            at = at.child(step);
            if (at == null) {
                return "";
            }
        }
        return at.text.strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) { // reading a string holds no resource worth reporting
            }
        }
    }

    /** An element still open while the reader walks through its content. */
    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();
        private final int line;

        Builder(XMLStreamReader reader, int line) {
            this.name = reader.getLocalName();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(name, Map.copyOf(attributes), text.toString(), List.copyOf(children), line);
        }
    }
}
