package io.charter.ui.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import java.util.List;
import java.util.Map;

/**
 * A chart drawn by Apache ECharts in the browser ({@code <charter-chart>}); the server hands it a
 * complete ECharts option. Vaadin Charts is commercial, ECharts is Apache-2.0.
 */
@Tag("charter-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./components/charter-chart.js")
public class EChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EChart(Map<String, Object> option) {
        setOption(option);
    }

    public void setOption(Map<String, Object> option) {
        try {
            getElement().setProperty("option", JSON.writeValueAsString(option));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an ECharts option must be plain JSON data", e);
        }
    }

    /** A bar chart of values per label, e.g. a histogram or category counts. */
    public static EChart bars(String title, List<String> labels, List<? extends Number> values) {
        return new EChart(Map.of(
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 50, "right", 10, "bottom", 40, "top", 40),
                "xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("rotate", 30)),
                "yAxis", Map.of("type", "value"),
                "series", List.of(Map.of("type", "bar", "data", values))));
    }

    /** Stacked bars: for each label, one segment per series (e.g. rows per role in each fold). */
    public static EChart stackedBars(String title, List<String> labels, Map<String, List<? extends Number>> series) {
        List<Map<String, Object>> bars = series.entrySet().stream().<Map<String, Object>>map(e -> Map.of(
                "name", e.getKey(), "type", "bar", "stack", "total", "data", e.getValue())).toList();
        return new EChart(Map.of(
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 22),
                "grid", Map.of("left", 60, "right", 10, "bottom", 30, "top", 60),
                "xAxis", Map.of("type", "category", "data", labels),
                "yAxis", Map.of("type", "value"),
                "series", bars));
    }

    /** Lines over a numeric x axis (e.g. a metric per step), one per series; points are [x, y]. */
    public static EChart lines(String title, String xName, Map<String, List<List<Double>>> series) {
        return new EChart(linesOption(title, xName, series));
    }

    /** The option of {@link #lines}, to redraw an existing chart with new data. */
    public static Map<String, Object> linesOption(String title, String xName, Map<String, List<List<Double>>> series) {
        List<Map<String, Object>> lines = series.entrySet().stream().<Map<String, Object>>map(e -> Map.of(
                "name", e.getKey(), "type", "line", "data", e.getValue())).toList();
        return Map.of(
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 22, "type", "scroll"),
                "grid", Map.of("left", 60, "right", 20, "bottom", 40, "top", 60),
                "xAxis", Map.of("type", "value", "name", xName, "nameLocation", "middle", "nameGap", 25),
                "yAxis", Map.of("type", "value", "scale", true),
                "series", lines);
    }

    /**
     * One series of an {@link #xyOption} chart: {@code type} is an ECharts series type ("scatter",
     * "line"), {@code data} its points ([x, y] lists or ECharts data items). The map is mutable, so
     * a caller can add ECharts series settings such as {@code step}, {@code lineStyle} or
     * {@code symbol}.
     */
    public static Map<String, Object> series(String type, String name, List<?> data) {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("type", type);
        s.put("name", name);
        s.put("data", data);
        return s;
    }

    /**
     * Scatter points and lines over two numeric axes (e.g. trial values by trial number with the
     * best value so far as a line); series come from {@link #series}.
     */
    public static Map<String, Object> xyOption(String title, String xName, String yName,
                                               List<Map<String, Object>> series) {
        Map<String, Object> option = new java.util.LinkedHashMap<>();
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 22, "type", "scroll"));
        option.put("grid", Map.of("left", 70, "right", 30, "bottom", 45, "top", 60));
        option.put("xAxis", Map.of("type", "value", "name", xName, "nameLocation", "middle", "nameGap", 25,
                "scale", true));
        option.put("yAxis", Map.of("type", "value", "name", yName, "scale", true));
        option.put("series", series);
        return option;
    }

    /**
     * An axis of a {@link #parallelOption} chart: numeric, or categorical over {@code categories}
     * (null for a numeric axis); {@code log} draws a numeric axis on a log scale.
     */
    public static Map<String, Object> parallelAxis(int dim, String name, List<String> categories, boolean log) {
        Map<String, Object> axis = new java.util.LinkedHashMap<>();
        axis.put("dim", dim);
        axis.put("name", name);
        if (categories != null) {
            axis.put("type", "category");
            axis.put("data", categories);
        } else {
            axis.put("type", log ? "log" : "value");
            axis.put("scale", true);
        }
        return axis;
    }

    /**
     * Parallel coordinates: one polyline per row across the {@code axes} (from
     * {@link #parallelAxis}), coloured by the value in dimension {@code colorDim} from {@code min}
     * to {@code max}; a missing value is {@code "-"}.
     */
    public static Map<String, Object> parallelOption(String title, List<Map<String, Object>> axes,
                                                     List<List<Object>> rows, int colorDim, double min, double max) {
        Map<String, Object> option = new java.util.LinkedHashMap<>();
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("parallel", Map.of("left", 60, "right", 140, "top", 60, "bottom", 40));
        option.put("parallelAxis", axes);
        option.put("visualMap", Map.of("type", "continuous", "dimension", colorDim, "min", min,
                "max", max == min ? min + 1 : max, "calculable", true, "right", 10, "top", 60,
                "inRange", Map.of("color", List.of("#3b6fb6", "#f7c948", "#c0392b"))));
        option.put("series", List.of(Map.of("type", "parallel", "data", rows,
                "lineStyle", Map.of("width", 2, "opacity", 0.7))));
        return option;
    }

    /** Horizontal bars, the first label at the top (e.g. importances, largest first). */
    public static Map<String, Object> horizontalBarsOption(String title, List<String> labels,
                                                           List<? extends Number> values) {
        List<String> bottomUp = new java.util.ArrayList<>(labels);
        java.util.Collections.reverse(bottomUp);
        List<Number> valuesBottomUp = new java.util.ArrayList<>(values);
        java.util.Collections.reverse(valuesBottomUp);
        return Map.of(
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 120, "right", 30, "bottom", 30, "top", 40),
                "xAxis", Map.of("type", "value"),
                "yAxis", Map.of("type", "category", "data", bottomUp),
                "series", List.of(Map.of("type", "bar", "data", valuesBottomUp,
                        "label", Map.of("show", true, "position", "right"))));
    }

    /** A heatmap of a square matrix in [-1, 1] (correlations); nulls are left blank. */
    public static EChart heatmap(String title, List<String> labels, List<List<Double>> matrix) {
        List<List<Object>> cells = cells(matrix, v -> Math.round(v * 100) / 100.0);
        return new EChart(heatmapOption(title, labels, labels, null, null, cells, -1, 1,
                List.of("#3b6fb6", "#f7f7f7", "#c0392b"), labels.size() <= 12));
    }

    /**
     * A confusion matrix: true class down, predicted class across, each cell its count, shaded
     * from zero to the largest count.
     */
    public static EChart confusion(String title, List<String> labels, List<List<Long>> counts) {
        List<List<Object>> cells = cells(counts, v -> v);
        long max = counts.stream().flatMap(List::stream).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(0);
        return new EChart(heatmapOption(title, labels, labels, "predicted", "true", cells, 0, Math.max(1, max),
                List.of("#f7f7f7", "#3b6fb6"), labels.size() <= 20));
    }

    /** The [x, y, value] cells of a matrix whose row i is drawn at y = i; nulls are left out. */
    private static <T> List<List<Object>> cells(List<List<T>> matrix, java.util.function.Function<T, Object> value) {
        List<List<Object>> cells = new java.util.ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.get(i).size(); j++) {
                T v = matrix.get(i).get(j);
                if (v != null) {
                    cells.add(List.of(j, i, value.apply(v)));
                }
            }
        }
        return cells;
    }

    private static Map<String, Object> heatmapOption(String title, List<String> xLabels, List<String> yLabels,
                                                     String xName, String yName, List<List<Object>> cells,
                                                     double min, double max, List<String> colors,
                                                     boolean showValues) {
        return Map.of(
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)),
                "tooltip", Map.of("position", "top"),
                "grid", Map.of("left", 110, "right", 20, "bottom", 90, "top", 40),
                "xAxis", axis(xLabels, xName, 45),
                "yAxis", axis(yLabels, yName, 0),
                "visualMap", Map.of("min", min, "max", max, "calculable", true, "orient", "horizontal",
                        "left", "center", "bottom", 0, "inRange", Map.of("color", colors)),
                "series", List.of(Map.of("type", "heatmap", "data", cells, "label", Map.of("show", showValues))));
    }

    private static Map<String, Object> axis(List<String> labels, String name, int rotate) {
        Map<String, Object> axis = new java.util.LinkedHashMap<>(Map.of("type", "category", "data", labels,
                "axisLabel", Map.of("rotate", rotate)));
        if (name != null) {
            axis.putAll(Map.of("name", name, "nameLocation", "middle", "nameGap", rotate == 0 ? 80 : 60));
        }
        return axis;
    }
}
