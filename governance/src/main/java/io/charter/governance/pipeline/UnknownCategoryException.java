package io.charter.governance.pipeline;

/**
 * A row's value of a ONE_HOT column with {@code handleUnknown: ERROR} is none of the categories the
 * train rows had. Serving turns it into a client error naming the column.
 */
public final class UnknownCategoryException extends IllegalArgumentException {

    private final String column;
    private final String value;

    UnknownCategoryException(String column, String value, int known) {
        super("column \"" + column + "\" must have one of the " + known + " categories seen in training "
                + "(ONE_HOT with handleUnknown ERROR), but is \"" + value + "\"");
        this.column = column;
        this.value = value;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }
}
