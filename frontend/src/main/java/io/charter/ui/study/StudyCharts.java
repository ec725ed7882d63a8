package io.charter.ui.study;

import io.charter.scheduler.tuning.TrialState;
import io.charter.study.service.StudyView;
import io.charter.study.service.TrialView;
import io.charter.ui.base.EChart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ECharts options of the study page, computed from the study, its trials and the service's
 * analyses: the optimisation history with the best value so far, parallel coordinates over the
 * parameters and the objective, parameter importance, the intermediate values the pruner watched
 * (pruned trials dashed and marked where they stopped), and for NAS the Pareto front of objective
 * against cost. Pure functions of their inputs, so the page can redraw each chart on every poll.
 */
final class StudyCharts {

    static final String PRUNED_COLOR = "#c0392b";
    static final String INFEASIBLE_COLOR = "#9e9e9e";

    private StudyCharts() {
    }

    private static boolean maximize(StudyView s) {
        return "MAXIMIZE".equals(s.spec().objective().direction());
    }

    /** Completed trials by number, feasible and infeasible apart, and the best feasible value so far as a step line. */
    static Map<String, Object> history(StudyView s, List<TrialView> trials) {
        List<List<Double>> feasible = new ArrayList<>();
        List<List<Double>> infeasible = new ArrayList<>();
        List<List<Double>> best = new ArrayList<>();
        Double bestSoFar = null;
        for (TrialView t : trials.stream().sorted(Comparator.comparingInt(TrialView::number)).toList()) {
            if (t.state() != TrialState.COMPLETE || t.value() == null) {
                continue;
            }
            List<Double> point = List.of((double) t.number(), t.value());
            if (!t.feasible()) {
                infeasible.add(point);
                continue;
            }
            feasible.add(point);
            if (bestSoFar == null || (maximize(s) ? t.value() > bestSoFar : t.value() < bestSoFar)) {
                bestSoFar = t.value();
            }
            best.add(List.of((double) t.number(), bestSoFar));
        }
        Map<String, Object> trialsSeries = EChart.series("scatter", "objective value", feasible);
        trialsSeries.put("symbolSize", 9);
        Map<String, Object> infeasibleSeries = EChart.series("scatter", "infeasible", infeasible);
        infeasibleSeries.put("itemStyle", Map.of("color", INFEASIBLE_COLOR));
        Map<String, Object> bestSeries = EChart.series("line", "best so far", best);
        bestSeries.put("step", "end");
        bestSeries.put("showSymbol", false);
        bestSeries.put("lineStyle", Map.of("width", 2));
        return still(integerX(EChart.xyOption("Optimisation history: " + s.objectiveText(), "trial",
                s.spec().objective().metric(), List.of(trialsSeries, infeasibleSeries, bestSeries))));
    }

    /**
     * One line per completed trial across its parameters and the objective, coloured by the
     * objective; categorical parameters get categorical axes, log-scaled ones log axes.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parallel(StudyView s, List<TrialView> trials) {
        List<TrialView> done = trials.stream().filter(t -> t.state() == TrialState.COMPLETE && t.value() != null)
                .toList();
        List<String> names = s.parameterNames(trials);
        List<Map<String, Object>> axes = new ArrayList<>();
        List<Boolean> categorical = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean category = trials.stream().map(t -> t.params().get(name))
                    .anyMatch(v -> v != null && !(v instanceof Number));
            categorical.add(category);
            List<String> categories = null;
            if (category) {
                Set<String> values = new TreeSet<>();
                trials.forEach(t -> {
                    if (t.params().get(name) != null) {
                        values.add(String.valueOf(t.params().get(name)));
                    }
                });
                categories = new ArrayList<>(values);
            }
            axes.add(EChart.parallelAxis(i, name, categories, !category && logScaled(s, name)));
        }
        int valueDim = names.size();
        axes.add(EChart.parallelAxis(valueDim, s.spec().objective().metric(), null, false));
        List<List<Object>> rows = new ArrayList<>();
        for (TrialView t : done) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Object v = t.params().get(names.get(i));
                row.add(v == null ? "-" : categorical.get(i) ? String.valueOf(v) : v);
            }
            row.add(t.value());
            rows.add(row);
        }
        double min = done.stream().mapToDouble(TrialView::value).min().orElse(0);
        double max = done.stream().mapToDouble(TrialView::value).max().orElse(1);
        Map<String, Object> option = still(EChart.parallelOption("Parallel coordinates: parameters and "
                + s.spec().objective().metric(), axes, rows, valueDim, min, max));
        Map<String, Object> visualMap = new LinkedHashMap<>((Map<String, Object>) option.get("visualMap"));
        visualMap.put("precision", 4);
        option.put("visualMap", visualMap);
        return option;
    }

    /**
     * Without animation: the page redraws its charts every two seconds while the study runs, and
     * an animated redraw (parallel lines are revealed left to right) would always be half drawn.
     */
    private static Map<String, Object> still(Map<String, Object> option) {
        Map<String, Object> o = new LinkedHashMap<>(option);
        o.put("animation", false);
        return o;
    }

    /** Ticks only at whole numbers on the x axis (trial numbers, steps). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> integerX(Map<String, Object> option) {
        Map<String, Object> axis = new LinkedHashMap<>((Map<String, Object>) option.get("xAxis"));
        axis.put("minInterval", 1);
        option.put("xAxis", axis);
        return option;
    }

    /** Whether the HPO space declares the parameter with {@code "log": true}. */
    private static boolean logScaled(StudyView s, String name) {
        Map<String, Object> space = s.spec().searchSpace();
        return space != null && space.get(name) instanceof Map<?, ?> spec && Boolean.TRUE.equals(spec.get("log"));
    }

    /** The importance shares, largest on top, rounded to three decimals. */
    static Map<String, Object> importance(Map<String, Double> importance) {
        List<Map.Entry<String, Double>> sorted = importance.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        return still(EChart.horizontalBarsOption(importance.isEmpty()
                        ? "Parameter importance: needs three completed trials whose values differ"
                        : "Parameter importance (share of the objective's variance, first-order)",
                sorted.stream().map(Map.Entry::getKey).toList(),
                sorted.stream().map(e -> Math.round(e.getValue() * 1000) / 1000.0).toList()));
    }

    /**
     * The per-step values the pruner watched, one line per trial; pruned trials dashed, with a
     * marker where the pruner stopped them.
     */
    static Map<String, Object> intermediate(StudyView s, List<TrialView> trials) {
        List<Map<String, Object>> series = new ArrayList<>();
        List<Map<String, Object>> prunedAt = new ArrayList<>();
        for (TrialView t : trials) {
            if (t.intermediate() == null || t.intermediate().isEmpty()) {
                continue;
            }
            List<List<Double>> points = t.intermediate().entrySet().stream()
                    .map(e -> List.of((double) e.getKey(), e.getValue())).toList();
            Map<String, Object> line = EChart.series("line", "#" + t.number(), points);
            line.put("showSymbol", false);
            if (t.state() == TrialState.PRUNED) {
                line.put("lineStyle", Map.of("type", "dashed", "color", PRUNED_COLOR));
                line.put("itemStyle", Map.of("color", PRUNED_COLOR));
                List<Double> last = points.get(points.size() - 1);
                prunedAt.add(Map.of("value", last, "name", "#" + t.number() + " pruned at step "
                        + Math.round(last.get(0)) + (t.prunedRung() == null ? "" : " (rung " + t.prunedRung() + ")")));
            }
            series.add(line);
        }
        Map<String, Object> marks = EChart.series("scatter", "pruned here", prunedAt);
        marks.put("symbol", "diamond");
        marks.put("symbolSize", 12);
        marks.put("itemStyle", Map.of("color", PRUNED_COLOR));
        if (!prunedAt.isEmpty()) {
            series.add(marks);
        }
        String metric = s.spec().pruning() == null ? null : s.spec().pruning().metric();
        String title = metric == null ? "Intermediate values: none recorded, the study has no pruner"
                : "Intermediate values of " + metric + " (" + s.spec().pruner() + "; pruned trials dashed)";
        return still(integerX(EChart.xyOption(title, "step", Objects.requireNonNullElse(metric, "value"), series)));
    }

    /**
     * NAS: every completed feasible trial at (cost, objective), the Pareto front highlighted and
     * joined in order of cost.
     */
    static Map<String, Object> pareto(StudyView s, List<TrialView> trials, List<Integer> front) {
        String cost = s.spec().nas() == null ? "cost" : s.spec().nas().costMetric();
        List<Map<String, Object>> others = new ArrayList<>();
        List<Map<String, Object>> onFront = new ArrayList<>();
        trials.stream().filter(t -> t.state() == TrialState.COMPLETE && t.feasible() && t.value() != null
                        && t.extraValues() != null && t.extraValues().size() == 1)
                .sorted(Comparator.comparingDouble(t -> t.extraValues().get(0)))
                .forEach(t -> (front.contains(t.number()) ? onFront : others).add(Map.of(
                        "value", List.of(t.extraValues().get(0), t.value()),
                        "name", "#" + t.number() + " " + Studies.params(t.params()))));
        Map<String, Object> trialSeries = EChart.series("scatter", "trials", others);
        trialSeries.put("itemStyle", Map.of("color", INFEASIBLE_COLOR));
        Map<String, Object> frontSeries = EChart.series("line", "Pareto front", onFront);
        frontSeries.put("symbolSize", 11);
        frontSeries.put("lineStyle", Map.of("width", 2));
        return still(EChart.xyOption(String.format(Locale.ROOT, "Pareto front: %s vs %s (%d of %d trials on it)",
                        s.spec().objective().metric(), cost, onFront.size(), onFront.size() + others.size()),
                cost + " (lower is better)", s.spec().objective().metric(), List.of(trialSeries, frontSeries)));
    }
}
