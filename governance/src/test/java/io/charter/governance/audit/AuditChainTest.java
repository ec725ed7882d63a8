package io.charter.governance.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord r = new AuditRecord("acme", i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                    "sub-" + i, "alice", "project.update", "Project", "id-" + i, "req-" + i,
                    CanonicalJson.sha256("{\"n\":" + i + "}"), null, null).chainedAfter(prev);
            out.add(r);
            prev = r.hash();
        }
        return out;
    }

    @Test
    void shouldReportIntactChainWithItsLength() {
        AuditChain.Verification v = AuditChain.verify(chain(5).iterator());
        assertThat(v.intact()).isTrue();
        assertThat(v.events()).isEqualTo(5);
        assertThat(v.firstBrokenSeq()).isNull();
    }

    @Test
    void shouldReportEmptyChainAsIntact() {
        assertThat(AuditChain.verify(List.<AuditRecord>of().iterator()).intact()).isTrue();
    }

    @Test
    void shouldFindChangedEventBySequence() {
        List<AuditRecord> events = chain(5);
        AuditRecord e = events.get(2);
        events.set(2, new AuditRecord(e.tenant(), e.seq(), e.timestamp(), e.actorSubject(), "mallory",
                e.action(), e.entityType(), e.entityId(), e.requestId(), e.payloadSha256(), e.prevHash(), e.hash()));
        AuditChain.Verification v = AuditChain.verify(events.iterator());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.events()).isEqualTo(2);
        assertThat(v.reason()).contains("changed");
    }

    @Test
    void shouldFindRecomputedHashBecauseNextLinkNoLongerFits() {
        List<AuditRecord> events = chain(4);
        AuditRecord e = events.get(1);
        // a forger who also recomputes the changed event's own hash still breaks the next link
        AuditRecord forged = new AuditRecord(e.tenant(), e.seq(), e.timestamp(), e.actorSubject(), e.actorName(),
                "project.delete", e.entityType(), e.entityId(), e.requestId(), e.payloadSha256(), null, null)
                .chainedAfter(e.prevHash());
        events.set(1, forged);
        AuditChain.Verification v = AuditChain.verify(events.iterator());
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.reason()).contains("prevHash");
    }

    @Test
    void shouldFindMissingEvent() {
        List<AuditRecord> events = chain(4);
        events.remove(1);
        AuditChain.Verification v = AuditChain.verify(events.iterator());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.reason()).contains("missing");
    }

    @Test
    void canonicalJsonSortsKeysAtEveryDepth() {
        String a = CanonicalJson.of(Map.of("b", 1, "a", Map.of("y", 2, "x", List.of(Map.of("k2", 1, "k1", 2)))));
        assertThat(a).isEqualTo("{\"a\":{\"x\":[{\"k1\":2,\"k2\":1}],\"y\":2},\"b\":1}");
    }

    @Test
    void canonicalJsonOfRecordIsIndependentOfDeclarationOrder() {
        record Ab(int b, int a) { }
        assertThat(CanonicalJson.of(new Ab(1, 2))).isEqualTo("{\"a\":2,\"b\":1}");
        assertThat(CanonicalJson.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
