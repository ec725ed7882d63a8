package io.charter.governance.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One audit event as it is chained: everything but the two hashes is covered by {@code hash}.
 *
 * @param tenant        the tenant whose chain this event belongs to
 * @param seq           1-based position in that tenant's chain, without gaps
 * @param timestamp     when the change was made (the store's precision: microseconds)
 * @param actorSubject  the token subject of whoever made the change
 * @param actorName     their user name, for people reading the trail
 * @param action        what was done, e.g. {@code project.create}
 * @param entityType    the kind of thing changed, e.g. {@code Project}
 * @param entityId      its id
 * @param requestId     the request that made the change
 * @param payloadSha256 SHA-256 of the canonical JSON of the change's payload
 * @param prevHash      the hash of event {@code seq - 1}, or {@link AuditChain#GENESIS} for seq 1
 * @param hash          {@link AuditChain#hash(AuditRecord)} of this event
 */
public record AuditRecord(String tenant, long seq, Instant timestamp, String actorSubject, String actorName,
                          String action, String entityType, String entityId, String requestId,
                          String payloadSha256, String prevHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(action, "action");
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, but got " + seq);
        }
    }

    /** The fields the hash covers, by name. */
    Map<String, Object> chainedFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tenant", tenant);
        m.put("seq", seq);
        m.put("timestamp", timestamp.toString());
        m.put("actorSubject", actorSubject);
        m.put("actorName", actorName);
        m.put("action", action);
        m.put("entityType", entityType);
        m.put("entityId", entityId);
        m.put("requestId", requestId);
        m.put("payloadSha256", payloadSha256);
        m.put("prevHash", prevHash);
        return m;
    }

    /** This record with its hashes set as the next link after {@code prevHash}. */
    public AuditRecord chainedAfter(String prevHash) {
        AuditRecord linked = new AuditRecord(tenant, seq, timestamp, actorSubject, actorName, action, entityType,
                entityId, requestId, payloadSha256, prevHash, null);
        return new AuditRecord(tenant, seq, timestamp, actorSubject, actorName, action, entityType, entityId,
                requestId, payloadSha256, prevHash, AuditChain.hash(linked));
    }
}
