package io.charter.governance.pipeline;

import io.charter.governance.data.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits TARGET_ENCODE: the mean target of each category over the train rows that have a target,
 * and the overall mean target (the prior). Categories are tracked up to
 * {@link PipelineSpecs#TRACKED_CATEGORIES} per column, in the order first met.
 */
final class TargetEncodeFitter implements StepFitter {

    private final String target;
    private final String targetPath;
    private final int targetField;
    private final double smoothing;
    private final StepColumns columns;
    private final Moments prior = new Moments();
    private final List<Map<String, Moments>> byCategory = new ArrayList<>();
    private final boolean[] complete;
    private String badTarget;
    private long badTargetRow;

    TargetEncodeFitter(String target, String targetPath, int targetField, double smoothing, StepColumns columns) {
        this.target = target;
        this.targetPath = targetPath;
        this.targetField = targetField;
        this.smoothing = smoothing;
        this.columns = columns;
        this.complete = new boolean[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            byCategory.add(new HashMap<>());
            complete[j] = true;
        }
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        String raw = Values.clean(fields[targetField]);
        if (raw == null) {
            return;
        }
        double y = WorkRow.toNumber(raw);
        if (Double.isNaN(y)) {
            if (badTarget == null) {
                badTarget = raw;
                badTargetRow = row;
            }
            return;
        }
        prior.add(y);
        for (int j = 0; j < columns.size(); j++) {
            String category = values.category(columns.slots()[j]);
            if (category == null) {
                continue;
            }
            Map<String, Moments> stats = byCategory.get(j);
            Moments m = stats.get(category);
            if (m == null && stats.size() < PipelineSpecs.TRACKED_CATEGORIES) {
                m = new Moments();
                stats.put(category, m);
            }
            if (m == null) {
                complete[j] = false;
            } else {
                m.add(y);
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        if (badTarget != null) {
            problems.add(new SpecProblem(targetPath, "must name a numeric or boolean (true/false, yes/no, 0/1) "
                    + "target for TARGET_ENCODE, but \"" + target + "\" has \"" + badTarget + "\" in row "
                    + (badTargetRow + 1)));
            return null;
        }
        if (prior.count() == 0) {
            problems.add(new SpecProblem(targetPath, "must have target values in the train rows, but \"" + target
                    + "\" is missing in all " + trainRows));
            return null;
        }
        List<FittedTargetEncode.Encoding> encodings = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            List<FittedTargetEncode.Level> levels = new ArrayList<>();
            byCategory.get(j).forEach((category, m) -> levels.add(new FittedTargetEncode.Level(category, m.count(),
                    m.mean(), FittedTargetEncode.encode(m.count(), m.mean(), prior.mean(), smoothing))));
            levels.sort(Comparator.comparingLong(FittedTargetEncode.Level::count).reversed()
                    .thenComparing(FittedTargetEncode.Level::category));
            encodings.add(new FittedTargetEncode.Encoding(columns.name(j), levels, complete[j]));
        }
        return new FittedTargetEncode(target, smoothing, prior.mean(), prior.count(), encodings);
    }
}
