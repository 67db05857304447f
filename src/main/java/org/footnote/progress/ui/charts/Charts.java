package org.footnote.progress.ui.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footnote.shared.DayCount;
import org.footnote.progress.RetentionPoint;
import org.footnote.progress.Share;
import org.footnote.shared.ui.Times;

/** The dashboard's charts, built from typed records into ECharts options, each with its table. */
public final class Charts {

    // Colours are names of CSS tokens (footnote.css), resolved in the browser for the light or dark scheme.
    private static final String ACCENT = "--fn-chart-accent";
    private static final String SOFT = "--fn-chart-soft";

    /** Axis labels are short; tables and tooltips use {@link Times}' full form. */
    private static final DateTimeFormatter AXIS_DAY = DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);

    private Charts() {
    }

    /** Reviews and answers per day as a calendar heatmap; the table lists the active days. */
    public static EChart activity(List<DayCount> days, LocalDate from, LocalDate to) {
        int max = Math.max(10, days.stream().mapToInt(DayCount::count).max().orElse(0));
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("formatter", "{c}"),
                "visualMap", Map.of("min", 0, "max", max, "show", false, "inRange",
                        Map.of("color", List.of("--fn-chart-faint", SOFT, ACCENT))),
                "calendar", Map.of("range", List.of(from.toString(), to.toString()), "cellSize", List.of("auto", 14),
                        "left", 30, "right", 10, "top", 20, "yearLabel", Map.of("show", false),
                        "itemStyle", Map.of("borderColor", "--fn-surface", "color", "--fn-chart-empty"),
                        "splitLine", Map.of("lineStyle", Map.of("color", "--fn-border-strong", "width", 1))),
                "series", List.of(Map.of("type", "heatmap", "coordinateSystem", "calendar", "data",
                        days.stream().map(d -> List.of(d.day().toString(), d.count())).toList())));
        var rows = days.stream().filter(d -> d.count() > 0)
                .map(d -> List.of(Times.date(d.day()), String.valueOf(d.count()))).toList();
        return new EChart("Activity", option, DataTable.of(rows.isEmpty() ? "No activity yet."
                : "Reviews and answers on each active day", List.of("Day", "Reviews and answers"), rows));
    }

    /** Share right per label, as horizontal bars in percent. */
    public static EChart accuracy(String title, List<Share> shares) {
        Map<String, Object> option = new LinkedHashMap<>();
        // Room on the right for a full bar's "100%" label, and on the left for the longest name.
        option.put("grid", Map.of("left", 8, "right", 56, "top", 10, "bottom", 20, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("yAxis", Map.of("type", "category", "data", shares.stream().map(Share::label).toList()));
        option.put("series", List.of(Map.of("type", "bar", "itemStyle", Map.of("color", ACCENT),
                "label", Map.of("show", true, "position", "right", "formatter", "{c}%"),
                "data", shares.stream().map(Share::percent).toList())));
        var rows = shares.stream().map(s -> List.of(s.label(), s.percent() + "%", s.right() + " of " + s.total())).toList();
        return new EChart(title, option, DataTable.of(title, List.of("", "Right", "Answers"), rows));
    }

    /** Cards coming due on each of the next days. */
    public static EChart dueForecast(List<DayCount> days) {
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 40, "right", 10, "top", 10, "bottom", 30),
                "xAxis", Map.of("type", "category", "data",
                        days.stream().map(d -> d.day().format(AXIS_DAY)).toList()),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "tooltip", Map.of("trigger", "axis"),
                "series", List.of(Map.of("type", "bar", "itemStyle", Map.of("color", SOFT),
                        "data", days.stream().map(DayCount::count).toList())));
        var rows = days.stream().map(d -> List.of(Times.date(d.day()), String.valueOf(d.count()))).toList();
        return new EChart("Cards due", option, DataTable.of("Cards due in the next 30 days", List.of("Day", "Cards due"), rows));
    }

    /** Measured retention of mature cards per week, against the desired retention. */
    public static EChart retention(List<RetentionPoint> weeks) {
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 45, "right", 10, "top", 30, "bottom", 30),
                "legend", Map.of("data", List.of("Measured", "Desired")),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", weeks.stream().map(w -> w.week().format(AXIS_DAY)).toList()),
                "yAxis", Map.of("type", "value", "min", 50, "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "series", List.of(
                        Map.of("name", "Measured", "type", "line", "itemStyle", Map.of("color", ACCENT),
                                "data", weeks.stream().map(w -> Math.round(w.measured() * 1000) / 10.0).toList()),
                        Map.of("name", "Desired", "type", "line", "lineStyle", Map.of("type", "dashed"),
                                "itemStyle", Map.of("color", "--fn-chart-gold"),
                                "data", weeks.stream().map(w -> Math.round(w.desired() * 1000) / 10.0).toList())));
        var rows = weeks.stream().map(w -> List.of("Week of " + Times.date(w.week()),
                String.format("%.1f%%", w.measured() * 100), String.format("%.0f%%", w.desired() * 100),
                String.valueOf(w.reviews()))).toList();
        return new EChart("Retention", option, DataTable.of(rows.isEmpty()
                ? "No reviews of mature cards yet (cards reviewed 21 or more days after their last review)."
                : "Recall of mature cards per week", List.of("Week", "Measured", "Desired", "Reviews"), rows));
    }
}
