package io.charter.dataset.domain;

/** How a version came to be: uploaded by a person or script, or derived from another version by a pipeline. */
public enum VersionOrigin {
    UPLOADED, DERIVED
}
