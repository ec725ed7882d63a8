package io.charter.governance.eval;

import io.charter.governance.data.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Group fairness of a binary classifier's decisions over one protected attribute (seed §6.3;
 * Barocas, Hardt &amp; Narayanan ch. 3; Hardt et al. 2016). Per group: selection rate, TPR, FPR,
 * precision and base rate; then the {@link FairnessMetric}s as ranges (max − min) or the ratio
 * (min / max) of one rate over the compared groups — for the differences and the ratio exactly
 * fairlearn's {@code demographic_parity_*}, {@code equal_opportunity_difference} and
 * {@code equalized_odds_difference} (worst case), wherever every compared group has the rate.
 *
 * <p>Where a group's rate is undefined (TPR without positives, FPR without negatives, precision
 * without positive predictions) the group is left out of that metric and the exclusion is
 * reported; fairlearn instead counts such a rate as 0, which manufactures a disparity. A metric
 * with fewer than two groups to compare is null. Equalized odds is null unless both its TPR and
 * its FPR range are defined: half of the criterion is not the criterion.
 *
 * <p>Group values are read as every stage reads a cell ({@link Values#clean}): trimmed, and a
 * null or missing-value spelling is a missing group, counted but not compared.
 */
public final class GroupFairness {

    private GroupFairness() {
    }

    /** Every observed group compared, however small ({@link FairnessOptions#ALL_GROUPS}). */
    public static FairnessReport evaluate(String attribute, int[] yTrue, int[] yPred, String[] groups) {
        return evaluate(attribute, yTrue, yPred, groups, FairnessOptions.ALL_GROUPS);
    }

    /** {@code yTrue} and {@code yPred} hold 0 or 1 (1 = the favourable/positive decision). */
    public static FairnessReport evaluate(String attribute, int[] yTrue, int[] yPred, String[] groups,
                                          FairnessOptions options) {
        int n = Checks.sameLength("yTrue", yTrue.length, "yPred", yPred.length);
        Checks.sameLength("yTrue", n, "groups", groups.length);
        binary("yTrue", yTrue);
        binary("yPred", yPred);
        Map<String, long[]> tallies = new TreeMap<>();
        long missing = 0;
        for (int i = 0; i < n; i++) {
            String g = Values.clean(groups[i]);
            if (g == null) {
                missing++;
                continue;
            }
            long[] t = tallies.computeIfAbsent(g, k -> new long[4]);
            t[0]++;
            t[1] += yTrue[i];
            t[2] += yPred[i];
            t[3] += yTrue[i] & yPred[i];
        }
        List<String> names = options.declaredGroups() == null ? new ArrayList<>(tallies.keySet())
                : options.declaredGroups().stream().map(String::strip).toList();
        long declaredRows = 0;
        List<GroupRates> rates = new ArrayList<>();
        for (String g : names) {
            long[] t = tallies.getOrDefault(g, new long[4]);
            declaredRows += t[0];
            rates.add(rates(g, t, options.minGroupSize()));
        }
        return new FairnessReport(attribute, n, missing, n - missing - declaredRows, options.minGroupSize(), rates,
                metrics(rates, options.minGroupSize()));
    }

    private static GroupRates rates(String group, long[] t, int minGroupSize) {
        long count = t[0];
        long positives = t[1];
        long predicted = t[2];
        long tp = t[3];
        return new GroupRates(group, count, positives, predicted, count > 0 && count >= minGroupSize,
                ratio(predicted, count), ratio(tp, positives), ratio(predicted - tp, count - positives),
                ratio(tp, predicted), ratio(positives, count));
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    private static List<FairnessValue> metrics(List<GroupRates> groups, int minGroupSize) {
        Range selection = Range.of(groups, GroupRates::selectionRate, "no rows", minGroupSize);
        Range tpr = Range.of(groups, GroupRates::truePositiveRate, "no positives (TPR undefined)", minGroupSize);
        Range fpr = Range.of(groups, GroupRates::falsePositiveRate, "no negatives (FPR undefined)", minGroupSize);
        Range precision = Range.of(groups, GroupRates::precision, "no positive predictions (precision undefined)",
                minGroupSize);
        Double ratio = selection.compared.size() >= 2 && selection.max > 0 ? selection.min / selection.max : null;
        Double odds = tpr.difference() == null || fpr.difference() == null ? null
                : Math.max(tpr.difference(), fpr.difference());
        return List.of(
                selection.value(FairnessMetric.DEMOGRAPHIC_PARITY_DIFFERENCE, selection.difference()),
                selection.value(FairnessMetric.DEMOGRAPHIC_PARITY_RATIO, ratio),
                tpr.value(FairnessMetric.EQUAL_OPPORTUNITY_DIFFERENCE, tpr.difference()),
                tpr.and(fpr).value(FairnessMetric.EQUALIZED_ODDS_DIFFERENCE, odds),
                precision.value(FairnessMetric.PREDICTIVE_PARITY_DIFFERENCE, precision.difference()));
    }

    private static void binary(String name, int[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(name + " must hold 0 or 1, but " + name + "[" + i + "] is " + y[i]);
            }
        }
    }

    /** One rate over the compared groups: its extremes, who was compared and who was left out. */
    private static final class Range {
        final List<String> compared = new ArrayList<>();
        final Map<String, String> excluded = new LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        static Range of(List<GroupRates> groups, Function<GroupRates, Double> rate, String undefined,
                        int minGroupSize) {
            Range r = new Range();
            for (GroupRates g : groups) {
                Double v = rate.apply(g);
                if (!g.used()) {
                    r.excluded.put(g.group(), g.count() == 0 ? "absent from the data"
                            : g.count() + " rows, fewer than the minimum group size " + minGroupSize);
                } else if (v == null) {
                    r.excluded.put(g.group(), undefined);
                } else {
                    r.compared.add(g.group());
                    r.min = Math.min(r.min, v);
                    r.max = Math.max(r.max, v);
                }
            }
            return r;
        }

        Double difference() {
            return compared.size() >= 2 ? max - min : null;
        }

        /** The groups compared in both ranges; a group excluded from either is excluded, with its reasons. */
        Range and(Range other) {
            Range r = new Range();
            for (String g : compared) {
                if (other.compared.contains(g)) {
                    r.compared.add(g);
                }
            }
            r.excluded.putAll(excluded);
            other.excluded.forEach((g, why) -> r.excluded.merge(g, why, (a, b) -> a.equals(b) ? a : a + "; " + b));
            return r;
        }

        FairnessValue value(FairnessMetric metric, Double value) {
            List<ExcludedGroup> out = excluded.entrySet().stream()
                    .map(e -> new ExcludedGroup(e.getKey(), e.getValue())).toList();
            return new FairnessValue(metric, value, compared, out);
        }
    }
}
