package io.charter.study.domain;

/** A hyperparameter search over a declared space, or a search over network architectures. */
public enum StudyKind {
    HPO,
    NAS
}
