package io.charter.governance.data.split;

import io.charter.governance.data.DataFormatException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.datasketches.hash.MurmurHash3;

/**
 * HOLDOUT, STRATIFIED, KFOLD and STRATIFIED_KFOLD: a seeded random assignment with exact counts per
 * class (a single class unless stratified), from {@link Apportionment}.
 *
 * <p>Rows are drawn in file order without replacement: a row of class c becomes a test row with
 * probability (test rows c still needs) / (rows of c still to come), which makes every set of
 * test rows of the right size per class equally likely (sequential sampling, Knuth TAOCP vol. 2,
 * §3.4.2, Algorithm S). The same draw then places non-test rows among the other splits. The test
 * decisions use a random stream of their own, so the locked test split depends only on the seed,
 * {@code testRatio} and the classes: switching between HOLDOUT and KFOLD, or changing the
 * validation ratio or the folds, keeps exactly the same test rows.
 *
 * <p>Memory: the codes, 1 byte per row; counts per class. A stratified plan reads the table twice
 * (count classes, then draw); otherwise once.
 */
final class RandomSplitter {

    private RandomSplitter() {
    }

    static byte[] split(RowPasses passes, SplitSpec spec, List<String> header, SplitTally tally)
            throws IOException, DataFormatException {
        ClassIndex classes = spec.method().stratifies() ? classIndex(spec, header) : null;
        long[] sizes = classSizes(passes, classes);
        long n = passes.rows();
        double testShare = spec.testRatio();
        long testTotal = Apportionment.testTotal(testShare, n);
        long[] test = Apportionment.test(sizes, testShare, testTotal);
        long[][] blocks = SplitSpecs.usesRatios(spec) ? holdout(spec, sizes, test, n) : folds(spec, sizes, test, n);
        Draw draw = new Draw(spec.seedOrDefault(), test, blocks);
        byte[] codes = new byte[(int) n];
        if (classes == null) {
            for (int row = 0; row < n; row++) {
                codes[row] = draw.next(0);
            }
        } else {
            passes.pass((row, fields) -> {
                int id = classes.id(fields);
                if (id >= sizes.length) {
                    throw new IOException("table must have the classes it had when this split was planned, but row "
                            + (row + 1) + " has a new one");
                }
                codes[(int) row] = draw.next(id);
                tally.accept(row, codes[(int) row], fields);
            });
        }
        return codes;
    }

    private static ClassIndex classIndex(SplitSpec spec, List<String> header) {
        int column = SplitSpecs.indexOf(header, spec.stratifyColumn());
        return new ClassIndex(column, header.get(column));
    }

    /** Rows per class, in class order: reads the table once. */
    private static long[] classSizes(RowPasses passes, ClassIndex classes) throws IOException, DataFormatException {
        long[][] sizes = {new long[16]};
        passes.pass((row, fields) -> {
            int id = classes == null ? 0 : classes.id(fields);
            if (id == sizes[0].length) {
                sizes[0] = Arrays.copyOf(sizes[0], id * 2);
            }
            sizes[0][id]++;
        });
        int count = classes == null ? 1 : classes.size();
        return Arrays.copyOf(sizes[0], count);
    }

    /** Per class: training rows (block 0) and validation rows (block 1). */
    private static long[][] holdout(SplitSpec spec, long[] sizes, long[] test, long n) {
        double testShare = spec.testRatio();
        double validationShare = spec.validationRatio();
        long validationTotal = Apportionment.validationTotal(spec, n);
        if (n - Apportionment.total(testShare + validationShare, n) < 1) {
            throw SplitSpecException.of("trainRatio", "must leave at least one row for training, but "
                    + spec.trainRatio() + " of " + n + " rows rounds to none");
        }
        long[] validation = Apportionment.validation(sizes, test, testShare, validationShare, validationTotal);
        long[][] blocks = new long[sizes.length][2];
        for (int c = 0; c < sizes.length; c++) {
            blocks[c][SplitAssignment.TRAIN_CODE] = sizes[c] - test[c] - validation[c];
            blocks[c][SplitAssignment.VALIDATION_CODE] = validation[c];
        }
        return blocks;
    }

    /** Per class: rows whose validation fold is each fold. */
    private static long[][] folds(SplitSpec spec, long[] sizes, long[] test, long n) {
        long[] nonTest = new long[sizes.length];
        long total = 0;
        for (int c = 0; c < sizes.length; c++) {
            nonTest[c] = sizes[c] - test[c];
            total += nonTest[c];
        }
        if (total < spec.folds()) {
            throw SplitSpecException.of("folds", "must be at most the " + total + " rows left after holding out "
                    + "the test split, but is " + spec.folds());
        }
        return Apportionment.folds(nonTest, spec.folds());
    }

    /** Draws each row's code without replacement from what its class still needs. */
    private static final class Draw {
        private final Random testStream;
        private final Random restStream;
        private final long[] testLeft;
        private final long[][] blocksLeft;
        private final long[] rowsLeft;

        Draw(long seed, long[] test, long[][] blocks) {
            this.testStream = new Random(seed);
            this.restStream = new Random(MurmurHash3.hash(new long[] {seed}, 1)[0]);
            this.testLeft = test.clone();
            this.blocksLeft = new long[blocks.length][];
            this.rowsLeft = new long[blocks.length];
            for (int c = 0; c < blocks.length; c++) {
                blocksLeft[c] = blocks[c].clone();
                rowsLeft[c] = test[c] + Arrays.stream(blocks[c]).sum();
            }
        }

        byte next(int c) {
            if (rowsLeft[c] <= 0) {
                throw new IllegalStateException("class " + c + " has more rows than were counted");
            }
            boolean isTest = testStream.nextInt((int) rowsLeft[c]) < testLeft[c];
            rowsLeft[c]--;
            if (isTest) {
                testLeft[c]--;
                return SplitAssignment.TEST;
            }
            long pick = restStream.nextInt((int) (rowsLeft[c] + 1 - testLeft[c]));
            long[] left = blocksLeft[c];
            for (int block = 0; ; block++) {
                if (pick < left[block]) {
                    left[block]--;
                    return (byte) block;
                }
                pick -= left[block];
            }
        }
    }
}
