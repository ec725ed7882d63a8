package io.charter.project.domain;

/** The machine-learning task a project frames its problem as (seed §1.2, "translate to an ML task"). */
public enum TaskType {
    BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION, REGRESSION, CLUSTERING, RANKING, GENERATION, RECOMMENDATION
}
