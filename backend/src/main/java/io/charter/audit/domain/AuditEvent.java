package io.charter.audit.domain;

import io.charter.common.persistence.TenantOwned;
import io.charter.governance.audit.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One link of a tenant's audit chain. Insert-only: the database refuses UPDATE, DELETE and TRUNCATE. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

    public long seq;

    @Column(name = "ts")
    public Instant timestamp;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "payload_sha256")
    public String payloadSha256;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    public static AuditEvent from(AuditRecord r) {
        AuditEvent e = new AuditEvent();
        e.id = UUID.randomUUID();
        e.seq = r.seq();
        e.timestamp = r.timestamp();
        e.actorSubject = r.actorSubject();
        e.actorName = r.actorName();
        e.action = r.action();
        e.entityType = r.entityType();
        e.entityId = r.entityId();
        e.requestId = r.requestId();
        e.payloadSha256 = r.payloadSha256();
        e.prevHash = r.prevHash();
        e.hash = r.hash();
        return e;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(tenantId, seq, timestamp, actorSubject, actorName, action, entityType, entityId,
                requestId, payloadSha256, prevHash, hash);
    }
}
