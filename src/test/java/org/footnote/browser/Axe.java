package org.footnote.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * axe-core, Deque's accessibility engine, run in the page under test. The script comes from the
 * {@code com.deque.html.axe-core:selenium} jar (MPL-2.0), which carries axe.min.js.
 */
final class Axe {

    private static final String SOURCE = load();

    /**
     * An asynchronous WebDriver script: loads axe once per page, checks the WCAG 2.0–2.2 A and AA
     * rules and axe's best practices (landmarks, one h1) on everything but Vaadin's own connection
     * indicator and development toolbar (not ours, and absent or hidden in production), and answers each violation as
     * {id, impact, help, targets}.
     */
    static final String RUN = "const done = arguments[arguments.length - 1];"
            // Vaadin Grid makes each cell focusable for its own keyboard navigation, so axe takes a cell
            // partly covered by the link inside it for a small target; the links themselves are checked.
            + "const gridCell = (v, n) => v.id === 'target-size' && /vaadin-grid-cell-/.test(JSON.stringify(n.target));"
            + "if (!window.axe) { (0, eval)(" + quoted(SOURCE) + "); }"
            + "axe.run({exclude: [['vaadin-connection-indicator'], ['vaadin-dev-tools']]}, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
            + "'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => Object.assign(v, {nodes: v.nodes.filter(n => !gridCell(v, n))})).filter(v => v.nodes.length).map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " targets: v.nodes.slice(0, 4).map(n => JSON.stringify(n.target)).join(' '),"
            + " why: (v.nodes[0] && v.nodes[0].failureSummary || '').replace(/\\s+/g, ' ').slice(0, 300)}))))"
            + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));";

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script as a JavaScript string literal. */
    private static String quoted(String script) {
        var out = new StringBuilder(script.length() + 1024).append('"');
        for (char c : script.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
