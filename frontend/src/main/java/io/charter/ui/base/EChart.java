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

    /** A heatmap of a square matrix in [-1, 1] (correlations); nulls are left blank. */
    public static EChart heatmap(String title, List<String> labels, List<List<Double>> matrix) {
        List<List<Object>> cells = new java.util.ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.get(i).size(); j++) {
                Double v = matrix.get(i).get(j);
                if (v != null) {
                    cells.add(List.of(j, i, Math.round(v * 100) / 100.0));
                }
            }
        }
        return new EChart(Map.of(
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 13)),
                "tooltip", Map.of("position", "top"),
                "grid", Map.of("left", 110, "right", 20, "bottom", 90, "top", 40),
                "xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("rotate", 45)),
                "yAxis", Map.of("type", "category", "data", labels),
                "visualMap", Map.of("min", -1, "max", 1, "calculable", true, "orient", "horizontal",
                        "left", "center", "bottom", 0, "inRange", Map.of("color", List.of("#3b6fb6", "#f7f7f7",
                                "#c0392b"))),
                "series", List.of(Map.of("type", "heatmap", "data", cells, "label", Map.of("show",
                        labels.size() <= 12)))));
    }
}
