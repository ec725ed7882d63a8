package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import io.charter.governance.data.CsvScanner;
import org.apache.datasketches.hash.MurmurHash3Adaptor;

/**
 * How the profiler reads one field: trimmed, missing as the scanner defines it, BOOLEAN values in
 * one spelling. Also the hashes the profiler keeps instead of values (MurmurHash3, 128-bit, of
 * which 64 or 32 bits are used).
 */
final class Cells {

    private static final long SEED = 0x5EED_C0DE_2024L;
    private static final long EMPTY_FIELD_HASH = 0x2545F4914F6CDD1DL;
    private static final long ROW_MULTIPLIER = 0x9E3779B97F4A7C15L;

    private Cells() {
    }

    /** The trimmed value, or null if it is one of {@link CsvScanner#MISSING_VALUES}. */
    static String clean(String raw, ColumnType type) {
        String v = raw.strip();
        if (CsvScanner.MISSING_VALUES.contains(v)) {
            return null;
        }
        return type == ColumnType.BOOLEAN ? canonicalBoolean(v) : v;
    }

    /** "true"/"yes" → "true", "false"/"no" → "false", ignoring case; anything else unchanged. */
    static String canonicalBoolean(String v) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")) {
            return "true";
        }
        if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no")) {
            return "false";
        }
        return v;
    }

    /** The value as counted among categories: cut to {@link SketchSettings#MAX_CATEGORY_CHARS}. */
    static String categoryKey(String value) {
        return value.length() <= SketchSettings.MAX_CATEGORY_CHARS ? value
                : value.substring(0, SketchSettings.MAX_CATEGORY_CHARS - 1) + "…";
    }

    /**
     * A 32-bit, never-zero hash of a category key. Zero marks a missing value in the Cramér
     * sample; a collision with one of a column's 30 reported categories has probability ~10⁻⁸.
     */
    static int categoryHash(String key) {
        int h = (int) (hash(key) >>> 32);
        return h == 0 ? 1 : h;
    }

    /** Folds one raw field into a row's hash; order matters, and field boundaries are kept. */
    static long foldRow(long rowHash, String rawField) {
        return rowHash * ROW_MULTIPLIER + hash(rawField);
    }

    private static long hash(String value) {
        // The adaptor returns null for the empty string rather than hashing it.
        return value.isEmpty() ? EMPTY_FIELD_HASH : MurmurHash3Adaptor.hashToLongs(value, SEED)[0];
    }
}
