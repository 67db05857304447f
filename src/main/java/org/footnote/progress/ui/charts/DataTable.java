package org.footnote.progress.ui.charts;

import com.vaadin.flow.component.Html;
import java.util.List;

/**
 * A plain HTML table: the text alternative of a chart. Written as one escaped HTML fragment rather
 * than a component per cell, since a year of days would otherwise mean hundreds of components.
 */
final class DataTable {

    private DataTable() {
    }

    static Html of(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table class=\"data-table\"><caption>").append(escape(caption))
                .append("</caption><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        return new Html(html.append("</tbody></table>").toString());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
