package org.footnote.quiz.results;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV text: fields quoted when they hold a comma, quote or line break, and lines ending in
 * CRLF. A field starting with = + - or @ is prefixed with an apostrophe so a spreadsheet never runs
 * it as a formula (OWASP "CSV injection"). Plain Java.
 */
public final class Csv {

    private Csv() {
    }

    public static String write(List<List<String>> rows) {
        return rows.stream().map(Csv::line).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
