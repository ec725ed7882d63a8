package io.charter.governance.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Per-class counts stay within one row of every quota, over many random class sizes and ratios. */
class ApportionmentTest {

    /** One row, with room for the binary noise of quotas like 0.2 × 15 = 2.999999999999999. */
    private static final double ONE_ROW = 1 + 1e-9;

    @Test
    void shouldKeepEveryClassWithinOneRowOfEachQuotaAndTotalsAtTheRatios() {
        Random random = new Random(3);
        for (int trial = 0; trial < 2_000; trial++) {
            long[] sizes = random.longs(1 + random.nextInt(40), 1, 2 + random.nextInt(60)).toArray();
            long n = Arrays.stream(sizes).sum();
            double t = 0.05 + random.nextInt(46) / 100.0;
            double v = random.nextInt((int) Math.round((1 - t) * 100)) / 100.0;

            long testTotal = Apportionment.total(t, n);
            long[] test = Apportionment.test(sizes, t, testTotal);
            long validationTotal = Apportionment.total(t + v, n) - testTotal;
            long[] validation = Apportionment.validation(sizes, test, t, v, validationTotal);

            String context = "sizes " + Arrays.toString(sizes) + ", t " + t + ", v " + v;
            for (int c = 0; c < sizes.length; c++) {
                long train = sizes[c] - test[c] - validation[c];
                assertThat((double) test[c]).as(context).isCloseTo(t * sizes[c], within(ONE_ROW));
                assertThat((double) validation[c]).as(context).isCloseTo(v * sizes[c], within(ONE_ROW));
                assertThat((double) train).as(context).isCloseTo((1 - t - v) * sizes[c], within(ONE_ROW));
            }
            assertThat(Arrays.stream(test).sum()).as(context).isEqualTo(testTotal);
            assertThat(Arrays.stream(validation).sum()).as(context).isEqualTo(validationTotal);
        }
    }

    @Test
    void shouldDealFoldsWithinOneRowPerClassAndOverall() {
        Random random = new Random(5);
        for (int trial = 0; trial < 1_000; trial++) {
            long[] nonTest = random.longs(1 + random.nextInt(30), 0, 1 + random.nextInt(80)).toArray();
            int folds = 2 + random.nextInt(19);

            long[][] counts = Apportionment.folds(nonTest, folds);

            long[] foldSizes = new long[folds];
            for (int c = 0; c < nonTest.length; c++) {
                assertThat(Arrays.stream(counts[c]).sum()).isEqualTo(nonTest[c]);
                assertThat(Arrays.stream(counts[c]).max().getAsLong() - Arrays.stream(counts[c]).min().getAsLong())
                        .isLessThanOrEqualTo(1);
                for (int f = 0; f < folds; f++) {
                    foldSizes[f] += counts[c][f];
                }
            }
            assertThat(Arrays.stream(foldSizes).max().getAsLong() - Arrays.stream(foldSizes).min().getAsLong())
                    .isLessThanOrEqualTo(1);
        }
    }
}
