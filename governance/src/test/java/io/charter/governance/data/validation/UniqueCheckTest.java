package io.charter.governance.data.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hash set behind UNIQUE, and what the rule says when the set is full. */
class UniqueCheckTest {

    @Test
    void shouldFindEveryElementAgainAfterGrowing() {
        LongHashSet set = new LongHashSet(1 << 16);
        long[] hashes = new Random(7).longs(20_000).toArray();

        for (long h : hashes) {
            assertThat(set.add(h)).isTrue();
        }

        for (long h : hashes) {
            assertThat(set.add(h)).isFalse();
        }
        assertThat(set.size()).isEqualTo(20_000);
        assertThat(set.full()).isFalse();
    }

    @Test
    void shouldKeepTheHashZeroLikeAnyOther() {
        LongHashSet set = new LongHashSet(16);

        assertThat(set.add(0L)).isTrue();
        assertThat(set.add(0L)).isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void shouldRefuseNewElementsButStillKnowOldOnesWhenFull() {
        LongHashSet set = new LongHashSet(16);
        for (long h = 1; h <= LongHashSet.capacity(16); h++) {
            set.add(h * 0x9E3779B97F4A7C15L);
        }

        assertThat(set.add(0x9E3779B97F4A7C15L)).isFalse();
        assertThat(set.full()).isFalse();
        assertThat(set.add(12345L)).isFalse();
        assertThat(set.full()).isTrue();
        assertThat(set.size()).isEqualTo(12);
    }

    @Test
    void shouldStopAndFailWhenAColumnHasMoreDistinctValuesThanItsTableHolds() {
        UniqueCheck check = new UniqueCheck(ValidationRule.unique("k"), 16);
        for (int row = 0; row < 20; row++) {
            check.accept(row, "v" + row % 14, "v" + row % 14);
        }

        RuleResult r = check.result(0, 20);

        assertThat(r.passed()).isFalse();
        assertThat(r.evaluated()).isEqualTo(12);
        assertThat(r.failing()).isZero();
        assertThat(r.message()).isEqualTo("stopped at row 13: the column has more than 12 distinct values, more "
                + "than a UNIQUE rule can keep in memory");
    }

    @Test
    void shouldDocumentTheDefaultCapacity() {
        assertThat(UniqueCheck.MAX_DISTINCT).isEqualTo(25_165_824L);
    }
}
