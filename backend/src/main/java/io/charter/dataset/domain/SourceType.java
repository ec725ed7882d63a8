package io.charter.dataset.domain;

/** Where a dataset comes from (seed §1.3: internal systems, external providers, synthetic generation). */
public enum SourceType {
    INTERNAL, EXTERNAL, SYNTHETIC
}
