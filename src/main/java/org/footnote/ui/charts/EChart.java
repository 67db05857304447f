package org.footnote.ui.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.Map;
import org.footnote.shared.JsonText;

/**
 * One Apache ECharts chart. ECharts comes from its WebJar, loaded by the browser at run time, so
 * Vaadin's frontend build is not needed. Every chart carries a text alternative (a table or a
 * summary) under "Show as table", for screen readers and keyboard users; the canvas is hidden from them.
 */
public class EChart extends Div {

    static final String SCRIPT = "context://webjars/echarts/5.5.0/echarts.min.js";
    private final Div canvas = new Div();
    private final Map<String, Object> option;

    /**
     * @param option      the ECharts option object, built by {@link Charts} from typed records
     * @param alternative the same data in words or a table
     */
    public EChart(String title, Map<String, Object> option, com.vaadin.flow.component.Component alternative) {
        this.option = option;
        addClassName("echart");
        canvas.addClassName("echart-canvas");
        canvas.getElement().setAttribute("aria-hidden", "true");
        var details = new NativeDetails("Show \u201c" + title + "\u201d as a table", alternative);
        details.addClassName("echart-alternative");
        add(canvas, details);
    }

    /** The option as sent to the browser (for tests). */
    public String optionJson() {
        return JsonText.write(option);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        // The script may still be loading: retry until echarts is defined, then draw and follow resizes.
        canvas.getElement().executeJs("""
                const el = this; const option = JSON.parse($0);
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                  chart.setOption(option, true);
                  new ResizeObserver(() => chart.resize()).observe(el);
                };
                draw();""", optionJson());
    }
}
