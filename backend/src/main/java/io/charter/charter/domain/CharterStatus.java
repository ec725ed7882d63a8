package io.charter.charter.domain;

/**
 * Lifecycle of a charter version. Content never changes; only the status moves:
 * DRAFT → APPROVED (by a compliance officer) → SUPERSEDED (when a later version is approved),
 * or DRAFT → SUPERSEDED (when a newer draft replaces it).
 */
public enum CharterStatus {
    DRAFT, APPROVED, SUPERSEDED
}
