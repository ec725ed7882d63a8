package io.charter.project.domain;

/** Where a project stands: scoping its charters, actively developed, or archived (read-only). */
public enum ProjectStatus {
    SCOPING, ACTIVE, ARCHIVED
}
