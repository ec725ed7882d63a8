package io.charter.governance.data.profile;

import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.kll.KllSketch;

/**
 * The sizes of the sketches the profiler keeps per column, and the accuracy they buy. Every size
 * is fixed, so a profile needs the same memory for ten rows as for ten billion: a few tens of
 * kilobytes per column plus the Cramér's V sample.
 */
public final class SketchSettings {

    /**
     * KLL accuracy parameter (Karnin, Lang &amp; Liberty 2016). 400 keeps both a single rank query
     * and a bin count under 1% of the column's count; the sketch stays under 10 KB.
     */
    public static final int KLL_K = 400;

    /** Normalized rank error of one quantile or rank query at 99% confidence (≈ 0.68%). */
    public static final double KLL_RANK_ERROR = KllSketch.getNormalizedRankError(KLL_K, false);

    /** Normalized error of a histogram bin (a difference of two ranks) at 99% confidence (≈ 0.86%). */
    public static final double KLL_PMF_ERROR = KllSketch.getNormalizedRankError(KLL_K, true);

    /** HyperLogLog log2(registers) per column (Flajolet et al. 2007): 16K 4-bit registers, 8 KB. */
    public static final int COLUMN_HLL_LG_K = 14;

    /** Relative standard error of a column's distinct estimate, 1.04/√2^lgK ≈ 0.8%. */
    public static final double COLUMN_HLL_RSE = 1.04 / Math.sqrt(1 << COLUMN_HLL_LG_K);

    /** HyperLogLog log2(registers) for whole rows: 256K 8-bit registers (256 KB), error ≈ 0.2%. */
    public static final int ROW_HLL_LG_K = 18;

    /** Relative standard error of the distinct-row estimate. */
    public static final double ROW_HLL_RSE = 1.04 / Math.sqrt(1 << ROW_HLL_LG_K);

    /** Frequent-items map size for CATEGORICAL and BOOLEAN columns (a power of two). */
    public static final int CATEGORY_MAP_SIZE = 1024;

    /** Frequent-items map size for TEXT columns: their values are long and rarely repeat. */
    public static final int TEXT_MAP_SIZE = 256;

    /** Distinct values below which frequent-item counts are exact (¾ of the map size). */
    public static final int EXACT_FREQUENT_ITEMS = CATEGORY_MAP_SIZE * 3 / 4;

    /** Longer values are cut before counting, so that the frequent-items map stays small. */
    public static final int MAX_CATEGORY_CHARS = 200;

    /** Categories reported per column. */
    public static final int TOP_CATEGORIES = 20;

    /** Equal-width histogram bins per numeric column. */
    public static final int HISTOGRAM_BINS = 20;

    private SketchSettings() {
    }

    static KllDoublesSketch newQuantileSketch() {
        return KllDoublesSketch.newHeapInstance(KLL_K);
    }

    static HllSketch newColumnDistinctSketch() {
        return new HllSketch(COLUMN_HLL_LG_K, TgtHllType.HLL_4);
    }

    static HllSketch newRowDistinctSketch() {
        return new HllSketch(ROW_HLL_LG_K, TgtHllType.HLL_8);
    }
}
