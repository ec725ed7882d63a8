package io.charter.ui.study;

import io.charter.scheduler.tuning.TrialState;
import io.charter.study.domain.StudyState;
import io.charter.study.service.StudyView;
import io.charter.ui.base.StatusBadge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the study pages write a study and its trials, once for the list and the study page: state
 * badges, "3 of 20 trials done · 2 running · …", values and parameters.
 */
final class Studies {

    private Studies() {
    }

    /** The study's state as a badge named after it (RUNNING, STOPPED, COMPLETED). */
    static StatusBadge badge(StudyState state) {
        StatusBadge badge = new StatusBadge(state.name(), switch (state) {
            case RUNNING -> StatusBadge.Tone.ACTIVE;
            case STOPPED -> StatusBadge.Tone.NEUTRAL;
            case COMPLETED -> StatusBadge.Tone.SUCCESS;
        });
        badge.addClassName("study-state");
        return badge;
    }

    /** A trial's state as a badge (RUNNING, COMPLETE, PRUNED, FAIL). */
    static StatusBadge badge(TrialState state) {
        StatusBadge badge = new StatusBadge(state.name(), switch (state) {
            case RUNNING -> StatusBadge.Tone.ACTIVE;
            case COMPLETE -> StatusBadge.Tone.SUCCESS;
            case PRUNED -> StatusBadge.Tone.NEUTRAL;
            case FAIL -> StatusBadge.Tone.ERROR;
        });
        badge.addClassName("trial-state");
        return badge;
    }

    static long count(StudyView s, TrialState state) {
        return s.counts().getOrDefault(state.name(), 0L);
    }

    /** "3/20" for the list: trials finished in any way of the budget. */
    static String doneOfTotal(StudyView s) {
        return s.finished() + "/" + s.spec().maxTrials();
    }

    /** The fraction of the trial budget finished, 0–1. */
    static double fraction(StudyView s) {
        return Math.min(1.0, (double) s.finished() / Math.max(1, s.spec().maxTrials()));
    }

    /** "3 of 20 trials done · 2 complete · 1 running · 1 pruned · 0 failed · about 4 min left". */
    static String progressText(StudyView s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.finished() + " of " + s.spec().maxTrials() + " trials done");
        parts.add(count(s, TrialState.COMPLETE) + " complete");
        parts.add(count(s, TrialState.RUNNING) + " running");
        parts.add(count(s, TrialState.PRUNED) + " pruned");
        parts.add(count(s, TrialState.FAIL) + " failed");
        if (s.state() == StudyState.RUNNING) {
            parts.add(s.etaSeconds() == null ? "ETA after the first trial" : "ETA about " + duration(s.etaSeconds()));
        } else {
            parts.add("took " + duration(s.elapsedSeconds()));
        }
        return String.join(" · ", parts);
    }

    /** A best value or trial value with four decimals, or an empty text. */
    static String value(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** Parameters as "eta=0.0812, maxDepth=4", numbers shortened. */
    static String params(Map<String, Object> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + param(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String param(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d != 0 && (Math.abs(d) < 1e-3 || Math.abs(d) >= 1e5) ? String.format(Locale.ROOT, "%.3g", d)
                    : String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return String.valueOf(v);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds + 30) / 60 + " min";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
}
