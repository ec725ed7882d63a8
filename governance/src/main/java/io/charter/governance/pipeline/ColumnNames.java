package io.charter.governance.pipeline;

/**
 * The names of the columns steps create, in one place because both the spec check (which must
 * know them before any data is read) and the fitted steps use them.
 */
final class ColumnNames {

    /** The category that stands for every rarer category of a ONE_HOT column. */
    static final String OTHER = "__other__";

    private ColumnNames() {
    }

    /** IMPUTE's {@code <col>_missing}. */
    static String missingIndicator(String column) {
        return column + "_missing";
    }

    /** ONE_HOT's {@code <col>=<category>}. */
    static String category(String column, String category) {
        return column + "=" + category;
    }

    /** INTERACTION's {@code <a>*<b>}. */
    static String product(String a, String b) {
        return a + "*" + b;
    }
}
