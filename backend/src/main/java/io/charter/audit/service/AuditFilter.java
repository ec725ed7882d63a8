package io.charter.audit.service;

import java.time.Instant;

/** Optional filters of the audit trail; {@code from} inclusive, {@code to} exclusive. */
public record AuditFilter(String entityType, String entityId, String actor, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
