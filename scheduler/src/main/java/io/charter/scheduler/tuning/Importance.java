package io.charter.scheduler.tuning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How much each parameter matters to the objective, as functional ANOVA's first-order main
 * effects estimated directly from the trials (Hutter et al. 2014 fit a random forest first; with
 * the few dozen trials of a study the trials themselves are the estimate): the share of the
 * objective's variance explained by the parameter's value alone, i.e. the between-group variance
 * of the objective when trials are grouped by the parameter — categories as they are, numbers in
 * up to {@link #BINS} equal-count bins — corrected for chance (ω²). Shares are normalised to sum to 1, as Optuna's
 * importance evaluators report them.
 */
public final class Importance {

    /** Bins of a numeric parameter. */
    public static final int BINS = 4;

    private Importance() {
    }

    /**
     * Each parameter's share, highest first; parameters present in fewer than two trials or with a
     * single value are left out; empty with fewer than three trials or no variance.
     *
     * @param trials completed trials with values
     */
    public static Map<String, Double> mainEffects(List<Trial> trials) {
        List<Trial> valued = trials.stream().filter(t -> t.value() != null && Double.isFinite(t.value())).toList();
        if (valued.size() < 3) {
            return Map.of();
        }
        List<String> names = valued.stream().flatMap(t -> t.params().keySet().stream()).distinct().toList();
        Map<String, Double> raw = new LinkedHashMap<>();
        for (String name : names) {
            List<Trial> having = valued.stream().filter(t -> t.params().get(name) != null).toList();
            if (having.size() < 2) {
                continue;
            }
            double explained = betweenGroupVariance(having, groups(having, name));
            if (explained > 0) {
                raw.put(name, explained);
            }
        }
        double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return Map.of();
        }
        return raw.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() / total, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** Trials grouped by the parameter's category or numeric bin. */
    private static Map<String, List<Trial>> groups(List<Trial> trials, String name) {
        boolean numeric = trials.stream().allMatch(t -> t.params().get(name) instanceof Number);
        Map<String, List<Trial>> groups = new TreeMap<>();
        if (!numeric) {
            for (Trial t : trials) {
                groups.computeIfAbsent(String.valueOf(t.params().get(name)), k -> new ArrayList<>()).add(t);
            }
            return groups;
        }
        List<Trial> sorted = trials.stream()
                .sorted(Comparator.comparingDouble(t -> ((Number) t.params().get(name)).doubleValue())).toList();
        int bins = Math.min(BINS, sorted.size());
        int firstOfValue = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && value(sorted.get(i), name) != value(sorted.get(i - 1), name)) {
                firstOfValue = i;
            }
            // equal values share the bin of the first of them, so a constant is one group
            groups.computeIfAbsent(String.format("%03d", firstOfValue * bins / sorted.size()), k -> new ArrayList<>())
                    .add(sorted.get(i));
        }
        return groups;
    }

    private static double value(Trial t, String name) {
        return ((Number) t.params().get(name)).doubleValue();
    }

    /**
     * The variance of the objective explained by the grouping, corrected for chance as ω² is:
     * (SS_between − (k − 1)·MS_within) / n, at least 0 — with k groups of noise, SS_between alone
     * would credit an irrelevant parameter with about (k − 1)/n of the variance.
     */
    private static double betweenGroupVariance(List<Trial> trials, Map<String, List<Trial>> groups) {
        int k = groups.size();
        int n = trials.size();
        if (k < 2) {
            return 0;
        }
        double mean = trials.stream().mapToDouble(Trial::value).average().orElse(0);
        double between = 0;
        double within = 0;
        for (List<Trial> g : groups.values()) {
            double m = g.stream().mapToDouble(Trial::value).average().orElse(0);
            between += g.size() * (m - mean) * (m - mean);
            for (Trial t : g) {
                within += (t.value() - m) * (t.value() - m);
            }
        }
        double msWithin = n > k ? within / (n - k) : 0;
        return Math.max(0, between - (k - 1) * msWithin) / n;
    }
}
