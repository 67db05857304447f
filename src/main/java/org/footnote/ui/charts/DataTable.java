package org.footnote.ui.charts;

import com.vaadin.flow.component.html.NativeTable;
import java.util.List;

/** A plain HTML table: the text alternative of a chart. */
final class DataTable {

    private DataTable() {
    }

    static NativeTable of(String caption, List<String> headers, List<List<String>> rows) {
        var table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(caption);
        var head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        var body = table.getBody();
        for (List<String> row : rows) {
            var tr = body.addRow();
            row.forEach(cell -> tr.addDataCell().setText(cell));
        }
        return table;
    }
}
