package io.charter.audit.service;

import io.charter.audit.domain.AuditEvent;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.common.data.Timestamps;
import io.charter.common.web.RequestInfo;
import io.charter.governance.audit.AuditChain;
import io.charter.governance.audit.AuditRecord;
import io.charter.governance.audit.CanonicalJson;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes and reads the tenant's audit chain. {@link #record} must run inside the transaction of
 * the change it describes, so that a rolled-back change leaves no event and a committed one
 * always has exactly one.
 */
@ApplicationScoped
public class AuditService {

    public static final Map<String, String> SORTABLE = Map.of("seq", "seq", "timestamp", "timestamp");
    private static final int VERIFY_BATCH = 1000;

    @Inject
    CurrentUser user;

    @Inject
    RequestInfo request;

    @Inject
    EntityManager em;

    /**
     * Appends an event for a change made in the current transaction.
     *
     * @param payload the change as clients see it (hashed canonically, not stored)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditView record(String action, String entityType, Object entityId, Object payload) {
        String tenant = user.tenant();
        // one writer per tenant at a time until commit: the chain stays gap-free and linear
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "audit:" + tenant).getSingleResult();
        AuditEvent last = AuditEvent.<AuditEvent>find("order by seq desc").firstResult();
        long seq = last == null ? 1 : last.seq + 1;
        String prev = last == null ? AuditChain.GENESIS : last.hash;
        AuditRecord record = new AuditRecord(tenant, seq, Timestamps.now(),
                user.subject(), user.name(), action, entityType, entityId == null ? null : entityId.toString(),
                request.requestId(), CanonicalJson.sha256(CanonicalJson.of(payload)), null, null).chainedAfter(prev);
        AuditEvent event = AuditEvent.from(record);
        event.persist();
        return AuditView.of(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AuditView> search(AuditFilter filter, PageQuery page) {
        requireReader();
        StringJoiner where = new StringJoiner(" and ");
        Parameters params = new Parameters();
        if (filter.entityType() != null) {
            where.add("entityType = :entityType");
            params.and("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.add("entityId = :entityId");
            params.and("entityId", filter.entityId());
        }
        if (filter.actor() != null) {
            where.add("(actorName = :actor or actorSubject = :actor)");
            params.and("actor", filter.actor());
        }
        if (filter.from() != null) {
            where.add("timestamp >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("timestamp < :to");
            params.and("to", filter.to());
        }
        PanacheQuery<AuditEvent> query = where.length() == 0
                ? AuditEvent.findAll(page.sort())
                : AuditEvent.find(where.toString(), page.sort(), params);
        List<AuditView> items = query.page(page.page(), page.size()).list().stream().map(AuditView::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    /** Re-walks the whole chain of the caller's tenant, in batches, and reports the first broken link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditChain.Verification verify() {
        requireReader();
        return AuditChain.verify(new BatchIterator());
    }

    private void requireReader() {
        user.require("read the audit trail", Role.COMPLIANCE_OFFICER, Role.TENANT_ADMIN);
    }

    /** Reads the chain in seq order, {@value #VERIFY_BATCH} events at a time, to keep memory flat. */
    private final class BatchIterator implements Iterator<AuditRecord> {
        private List<AuditRecord> batch = new ArrayList<>();
        private int index;
        private long afterSeq;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (index < batch.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            batch = AuditEvent.<AuditEvent>find("seq > ?1", Sort.ascending("seq"), afterSeq)
                    .page(0, VERIFY_BATCH).list().stream().map(AuditEvent::toRecord).toList();
            em.clear();
            index = 0;
            exhausted = batch.size() < VERIFY_BATCH;
            if (!batch.isEmpty()) {
                afterSeq = batch.get(batch.size() - 1).seq();
            }
            return !batch.isEmpty();
        }

        @Override
        public AuditRecord next() {
            return batch.get(index++);
        }
    }
}
