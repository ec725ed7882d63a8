package io.charter.dataset.domain;

import io.charter.governance.data.ColumnType;

/** A column of a version as scanned at upload: the inferred type and counts. */
public record ColumnStats(String name, ColumnType inferredType, long nonMissing, long missing, long distinct,
                          boolean distinctCapped) {
}
