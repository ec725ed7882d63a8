package io.charter.governance.eval;

/**
 * The tasks this package evaluates, named as the backend's project {@code TaskType} names them
 * (which also has GENERATION and RECOMMENDATION, not evaluated here).
 */
public enum TaskType {
    BINARY_CLASSIFICATION,
    MULTICLASS_CLASSIFICATION,
    REGRESSION,
    CLUSTERING,
    RANKING
}
