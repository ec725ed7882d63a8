package io.charter.audit.service;

import io.charter.audit.domain.AuditEvent;

import java.time.Instant;

/** An audit event as clients read it. */
public record AuditView(long seq, Instant timestamp, String actor, String actorSubject, String action,
                        String entityType, String entityId, String requestId, String payloadSha256,
                        String prevHash, String hash) {

    static AuditView of(AuditEvent e) {
        return new AuditView(e.seq, e.timestamp, e.actorName, e.actorSubject, e.action, e.entityType, e.entityId,
                e.requestId, e.payloadSha256, e.prevHash, e.hash);
    }
}
