package io.charter.governance.data.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The role of every row in every fold of a split plan, stored as one code per row.
 *
 * <p><b>Codes.</b> {@link #TEST} marks a test row, the same in every fold. Any other code is a
 * block number whose meaning depends on the layout: holdout-style plans ({@link #folds()} = 1)
 * use 0 for training and 1 for validation; k-fold plans give the fold whose validation split the
 * row belongs to (training in every other fold); walk-forward plans give the time block, which
 * trains in folds ≥ block, validates in fold block − 1 and is unused before that.
 *
 * <p><b>Memory.</b> One byte per row, so at most {@link #MAX_ROWS} rows. {@link #writeTo} stores a
 * compact binary form: the bytes "CSPL", a format version, the rows, folds and method, then the
 * codes gzip-compressed, their CRC-32 guarding them.
 */
public final class SplitAssignment {

    /** The code of a test row. */
    static final byte TEST = (byte) 0xFF;
    /** Holdout-style code of a training row. */
    static final byte TRAIN_CODE = 0;
    /** Holdout-style code of a validation row. */
    static final byte VALIDATION_CODE = 1;

    /** Most rows an assignment holds: the longest Java array. */
    public static final long MAX_ROWS = Integer.MAX_VALUE - 8;

    private final SplitMethod method;
    private final int folds;
    private final byte[] codes;
    /** Rows per block, the test rows last. */
    private final long[] perBlock;

    /**
     * Takes ownership of {@code codes}.
     *
     * @throws IllegalArgumentException if {@code folds} does not suit the method or a code is not
     *                                  one of the layout's
     */
    SplitAssignment(SplitMethod method, int folds, byte[] codes) {
        this.method = Objects.requireNonNull(method, "method");
        this.folds = folds;
        this.codes = Objects.requireNonNull(codes, "codes");
        if (!foldsSuit(method, folds)) {
            throw new IllegalArgumentException("folds must suit " + method + ", but is " + folds);
        }
        int blocks = blocks(method, folds);
        this.perBlock = new long[blocks + 1];
        for (int row = 0; row < codes.length; row++) {
            perBlock[index(codes[row], blocks, row)]++;
        }
    }

    /** Data rows covered, all of the table's. */
    public long rows() {
        return codes.length;
    }

    /** Folds: 1 for holdout-style methods (HOLDOUT, STRATIFIED, TIME, GROUP without folds). */
    public int folds() {
        return folds;
    }

    /** The method that produced the codes; it decides how they read. */
    public SplitMethod method() {
        return method;
    }

    /** The role of the 0-based data row {@code row} in fold {@code fold} (0-based). */
    public SplitRole role(long row, int fold) {
        checkFold(fold);
        return roleOf(codes[checkRow(row)], fold);
    }

    /** True if the 0-based data row is in the locked test split (of every fold). */
    public boolean isTest(long row) {
        return codes[checkRow(row)] == TEST;
    }

    /** Rows with {@code role} in fold {@code fold}; the test count is the same in every fold. */
    public long count(SplitRole role, int fold) {
        checkFold(fold);
        Objects.requireNonNull(role, "role");
        int blocks = blocks();
        long count = role == SplitRole.TEST ? perBlock[blocks] : 0;
        for (int block = 0; block < blocks && role != SplitRole.TEST; block++) {
            if (roleOf((byte) block, fold) == role) {
                count += perBlock[block];
            }
        }
        return count;
    }

    /** Writes the binary form; the stream is flushed, not closed. */
    public void writeTo(OutputStream out) throws IOException {
        AssignmentFormat.write(this, out);
    }

    /**
     * Reads what {@link #writeTo} wrote, to the end of its compressed codes (the stream may have
     * been read beyond that; the caller closes it).
     *
     * @throws IOException if the input is not an assignment, is of an unknown format version, is
     *                     truncated or corrupt
     */
    public static SplitAssignment readFrom(InputStream in) throws IOException {
        return AssignmentFormat.read(in);
    }

    /** The role a code has in a fold. */
    SplitRole roleOf(byte code, int fold) {
        if (code == TEST) {
            return SplitRole.TEST;
        }
        int block = code & 0xFF;
        if (method == SplitMethod.WALK_FORWARD) {
            return block <= fold ? SplitRole.TRAIN : block == fold + 1 ? SplitRole.VALIDATION : SplitRole.UNUSED;
        }
        if (folds == 1) {
            return block == TRAIN_CODE ? SplitRole.TRAIN : SplitRole.VALIDATION;
        }
        return block == fold ? SplitRole.VALIDATION : SplitRole.TRAIN;
    }

    /** Codes other than {@link #TEST}: 2 (train, validation), the folds, or the walk-forward blocks. */
    int blocks() {
        return blocks(method, folds);
    }

    static int blocks(SplitMethod method, int folds) {
        if (method == SplitMethod.WALK_FORWARD) {
            return folds + 1;
        }
        return folds == 1 ? 2 : folds;
    }

    /** Rows with the given code. */
    long rowsWithCode(byte code) {
        return perBlock[code == TEST ? blocks() : code & 0xFF];
    }

    /** The codes themselves, for the binary form; not copied. */
    byte[] codes() {
        return codes;
    }

    /** Position of a code in per-block arrays: the block, or {@code blocks} for test. */
    static int index(byte code, int blocks, long row) {
        if (code == TEST) {
            return blocks;
        }
        int block = code & 0xFF;
        if (block >= blocks) {
            throw new IllegalArgumentException("code of row " + (row + 1) + " must be below " + blocks
                    + " or the test code, but is " + block);
        }
        return block;
    }

    static boolean foldsSuit(SplitMethod method, int folds) {
        boolean kFold = folds >= SplitSpec.MIN_FOLDS && folds <= SplitSpec.MAX_FOLDS;
        return switch (method) {
            case HOLDOUT, STRATIFIED, TIME -> folds == 1;
            case KFOLD, STRATIFIED_KFOLD, WALK_FORWARD -> kFold;
            case GROUP -> folds == 1 || kFold;
        };
    }

    private int checkRow(long row) {
        if (row < 0 || row >= codes.length) {
            throw new IndexOutOfBoundsException("row must be between 0 and " + (codes.length - 1L) + ", but is " + row);
        }
        return (int) row;
    }

    private void checkFold(int fold) {
        if (fold < 0 || fold >= folds) {
            throw new IndexOutOfBoundsException("fold must be between 0 and " + (folds - 1) + ", but is " + fold);
        }
    }

    /** Equal if the method, folds and every row's code are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SplitAssignment other && method == other.method && folds == other.folds
                && Arrays.equals(codes, other.codes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, folds, Arrays.hashCode(codes));
    }

    @Override
    public String toString() {
        return "SplitAssignment[" + method + ", " + codes.length + " rows, " + folds + " folds]";
    }
}
