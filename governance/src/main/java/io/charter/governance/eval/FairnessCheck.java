package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks fairness reports against the charter's criteria: every criterion on every protected
 * attribute, each with its value and PASS, FAIL or UNDEFINED. A difference passes when it is at
 * or below its threshold, a ratio when at or above it (the backend's {@code FairnessMetric}
 * semantics, same names).
 */
public final class FairnessCheck {

    private FairnessCheck() {
    }

    /** One verdict per (report, criterion), reports in order, criteria in order within each. */
    public static List<FairnessVerdict> check(List<FairnessReport> reports, List<FairnessCriterion> criteria) {
        List<FairnessVerdict> verdicts = new ArrayList<>(reports.size() * criteria.size());
        for (FairnessReport report : reports) {
            for (FairnessCriterion criterion : criteria) {
                verdicts.add(verdict(report, criterion));
            }
        }
        return verdicts;
    }

    /** True when every verdict passed (an undefined one does not). */
    public static boolean allPassed(List<FairnessVerdict> verdicts) {
        return verdicts.stream().allMatch(FairnessVerdict::passed);
    }

    static FairnessVerdict verdict(FairnessReport report, FairnessCriterion criterion) {
        FairnessValue v = report.metric(criterion.metric());
        if (v.value() == null) {
            String why = v.excluded().isEmpty() ? "" : "; left out: " + v.excluded().stream()
                    .map(e -> e.group() + " (" + e.reason() + ")").collect(Collectors.joining(", "));
            return new FairnessVerdict(report.attribute(), criterion.metric(), criterion.threshold(), null,
                    FairnessVerdict.Outcome.UNDEFINED, criterion.metric() + " is undefined: "
                    + v.compared().size() + " group(s) to compare" + why);
        }
        boolean pass = criterion.passes(v.value());
        String comparison = criterion.metric().isRatio() ? (pass ? "≥" : "<") : (pass ? "≤" : ">");
        String reason = String.format(Locale.ROOT, "%s = %.4f %s %s over groups %s", criterion.metric(), v.value(),
                comparison, criterion.threshold(), v.compared());
        return new FairnessVerdict(report.attribute(), criterion.metric(), criterion.threshold(), v.value(),
                pass ? FairnessVerdict.Outcome.PASS : FairnessVerdict.Outcome.FAIL, reason);
    }
}
