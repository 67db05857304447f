package org.footnote.quiz.results;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV text: fields quoted when they hold a comma, quote or line break, and lines ending in
 * CRLF. A field starting with = + - or @ is prefixed with an apostrophe so a spreadsheet never runs
 * it as a formula (OWASP "CSV injection"). Every CSV download is {@link #download}: UTF-8 with a
 * byte-order mark. Plain Java.
 */
public final class Csv {

    private Csv() {
    }

    public static String write(List<List<String>> rows) {
        return rows.stream().map(Csv::line).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** The UTF-8 byte-order mark: without it Excel reads a CSV file as the system's legacy code page. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** CSV text as the bytes of a download: UTF-8 with a byte-order mark first, so Excel shows "Türkiye", not "TÃ¼rkiye". */
    public static byte[] download(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
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
