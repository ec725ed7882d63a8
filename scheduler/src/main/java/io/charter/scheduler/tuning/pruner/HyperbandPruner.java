package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Trial;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Hyperband (Li et al., JMLR 2018) as Optuna's {@code HyperbandPruner} runs it: {@code s_max + 1}
 * brackets ({@link RungSchedule#sMax}); bracket {@code b} is a {@link SuccessiveHalvingPruner}
 * with minimum early-stopping rate {@code b} (so bracket 0, the paper's {@code s = s_max}, prunes
 * from step {@code min}, and the last bracket's first rung is at {@code min · η^s_max}, which is
 * {@code max} itself when {@code max/min} is a power of η: it never prunes), and a trial competes
 * only with trials of its own bracket.
 *
 * <p>Each trial is assigned to a bracket deterministically, as Optuna does: {@code
 * crc32(studyName + "_" + number) mod Σ budgets}, walked through the brackets' budgets
 * {@code ⌈(s_max+1) · η^s / (s+1)⌉} (the paper's {@code n} per bracket). Aggressive brackets so
 * receive more trials, in the paper's proportions, without any state; with the same study name,
 * trials land in the same brackets as in Optuna.
 *
 * @param direction       the study's direction
 * @param minResource     the smallest rung step
 * @param maxResource     a trial's full budget
 * @param reductionFactor η
 * @param studyName       salts the bracket assignment (Optuna's study name)
 */
public record HyperbandPruner(Direction direction, long minResource, long maxResource, int reductionFactor,
                              String studyName) implements Pruner {

    public HyperbandPruner {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(studyName, "studyName");
        RungSchedule.sMax(minResource, maxResource, reductionFactor);
    }

    /** η = 3, study name "". */
    public HyperbandPruner(Direction direction, long minResource, long maxResource) {
        this(direction, minResource, maxResource, 3, "");
    }

    /** Number of brackets, {@code s_max + 1}. */
    public int brackets() {
        return RungSchedule.sMax(minResource, maxResource, reductionFactor) + 1;
    }

    /** Bracket {@code b}'s share of trials: {@code ⌈(s_max+1) · η^s / (s+1)⌉} with {@code s = s_max − b}. */
    public long budget(int bracket) {
        int n = brackets();
        int s = n - 1 - bracket;
        long num = n * RungSchedule.pow(reductionFactor, s);
        return (num + s) / (s + 1);
    }

    /** The bracket of trial {@code number}. */
    public int bracketOf(long number) {
        long total = 0;
        for (int b = 0; b < brackets(); b++) {
            total += budget(b);
        }
        CRC32 crc = new CRC32();
        crc.update((studyName + "_" + number).getBytes(StandardCharsets.UTF_8));
        long n = crc.getValue() % total;
        for (int b = 0; b < brackets(); b++) {
            n -= budget(b);
            if (n < 0) {
                return b;
            }
        }
        throw new IllegalStateException("unreachable: the budgets sum to " + total);
    }

    @Override
    public PruneDecision prune(Trial trial, List<Trial> all, int step) {
        int bracket = bracketOf(trial.number());
        SuccessiveHalvingPruner sh = new SuccessiveHalvingPruner(direction, minResource, reductionFactor, bracket);
        PruneDecision d = sh.prune(trial, all, step, t -> bracketOf(t.number()) == bracket);
        return new PruneDecision(d.prune(), d.rung(), "bracket " + bracket + ": " + d.reason());
    }
}
