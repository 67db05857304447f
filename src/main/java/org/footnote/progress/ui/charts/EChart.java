package org.footnote.progress.ui.charts;

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
        // Colours named "--fn-..." are CSS tokens, resolved here so the chart follows the light or dark
        // scheme; a change of scheme (system or the Appearance choice) draws it again.
        canvas.getElement().executeJs("""
                const el = this; const option = JSON.parse($0);
                const resolve = (v) => {
                  if (typeof v === 'string' && v.startsWith('--fn-')) {
                    const probe = document.createElement('span');
                    probe.style.color = 'var(' + v + ')'; el.appendChild(probe);
                    const c = getComputedStyle(probe).color; probe.remove(); return c;
                  }
                  if (Array.isArray(v)) return v.map(resolve);
                  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
                  return v;
                };
                const isDark = () => {
                  const chosen = document.documentElement.getAttribute('theme') || '';
                  if (chosen.includes('dark')) return true;
                  if (chosen.includes('light')) return false;
                  return window.matchMedia('(prefers-color-scheme: dark)').matches;
                };
                const draw = () => {
                  if (!el.isConnected) { if (el.$fnObservers) el.$fnObservers.forEach(stop => stop()); return; }
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const old = window.echarts.getInstanceByDom(el);
                  if (old) old.dispose();
                  const chart = window.echarts.init(el, isDark() ? 'dark' : null);
                  chart.setOption(Object.assign({backgroundColor: 'transparent'}, resolve(option)), true);
                  if (!el.$fnObserved) {
                    el.$fnObserved = true;
                    // Stopped at the first redraw after the chart leaves the page, so they do not pile up.
                    const resize = new ResizeObserver(() => { const c = window.echarts.getInstanceByDom(el); if (c) c.resize(); });
                    resize.observe(el);
                    const system = window.matchMedia('(prefers-color-scheme: dark)');
                    system.addEventListener('change', draw);
                    const chosen = new MutationObserver(draw);
                    chosen.observe(document.documentElement, {attributes: true, attributeFilter: ['theme']});
                    el.$fnObservers = [() => resize.disconnect(), () => system.removeEventListener('change', draw), () => chosen.disconnect()];
                  }
                };
                draw();""", optionJson());
    }
}
