package io.charter.governance.pipeline;

/** What ONE_HOT does with a value it never saw in the train rows (the spec's {@code handleUnknown}). */
public enum UnknownCategories {
    /** All of the column's indicators are 0: the model sees "none of the known categories". */
    IGNORE,
    /** Transforming the row fails with {@link UnknownCategoryException}. */
    ERROR
}
