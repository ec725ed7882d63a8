package io.charter.governance.data.validation;

import io.charter.governance.data.validation.Wording.Phrase;
import org.apache.datasketches.hash.MurmurHash3;

/**
 * UNIQUE: each non-missing value that equals an earlier one fails, and is the example shown.
 *
 * <p><b>Memory.</b> Values are not kept, only a 64-bit hash of each distinct one (MurmurHash3
 * x64-128 from Apache DataSketches, first 64 bits, fixed seed) in a {@link LongHashSet}: about
 * 16 bytes per distinct value whatever its length, in a table of at most 2²⁵ slots (256 MB, plus
 * 128 MB while it last doubles) that holds {@link #MAX_DISTINCT} (25,165,824) values. Past that the
 * rule stops and fails with a message saying so: a check that could not look at every value has
 * not passed.
 *
 * <p><b>Precision.</b> Two different values share a hash with probability 2⁻⁶⁴, so among n
 * distinct values some pair does with probability about n²/2⁶⁵ (the birthday bound): 3·10⁻⁸ for a
 * million values, 2·10⁻⁵ at the cap. A shared hash reads as a duplicate, so the only possible
 * error is a false failure, never a missed duplicate. The seed is fixed so that the same version
 * always gets the same report; values crafted to collide only make their own rule fail.
 */
final class UniqueCheck extends ColumnCheck {

    static final int MAX_SLOTS_LOG2 = 25;
    /** Distinct values a UNIQUE rule can track. */
    static final long MAX_DISTINCT = LongHashSet.capacity(1 << MAX_SLOTS_LOG2);
    private static final long SEED = 0x0C4A_57E2_0A11_DA7EL;

    private final LongHashSet seen;
    private long stoppedAtRow;

    UniqueCheck(ValidationRule rule) {
        this(rule, 1 << MAX_SLOTS_LOG2);
    }

    /** With a smaller table, so that a test can reach the cap. */
    UniqueCheck(ValidationRule rule, int maxSlots) {
        super(rule);
        seen = new LongHashSet(maxSlots);
    }

    /** The 64-bit hash a value is remembered by; hashing UTF-16 units keeps distinct strings distinct inputs. */
    static long hash(String value) {
        return MurmurHash3.hash(value.toCharArray(), SEED)[0];
    }

    @Override
    void accept(long row, String raw, String value) {
        if (value == null || stoppedAtRow > 0) {
            return;
        }
        boolean added = seen.add(hash(value));
        if (!added && seen.full()) {
            stoppedAtRow = row + 1;
            return;
        }
        evaluated++;
        if (!added) {
            fail(row, value);
        }
    }

    @Override
    RuleResult result(int index, long rows) {
        if (stoppedAtRow > 0) {
            return result(index, false, null, "stopped at row " + Wording.count(stoppedAtRow) + ": the column has "
                    + "more than " + Wording.count(seen.size()) + " distinct values, more than a UNIQUE rule can "
                    + "keep in memory");
        }
        return result(index, failing == 0, null, Wording.tally(evaluated, failing,
                Phrase.of("repeats an earlier value", "repeat an earlier value"), Phrase.be("distinct")));
    }
}
