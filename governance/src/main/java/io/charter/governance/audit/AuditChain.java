package io.charter.governance.audit;

import java.util.Iterator;

/**
 * Builds and verifies a tenant's audit hash chain.
 *
 * <p>{@code hash(n) = SHA-256(canonicalJson(fields(n)))} where the fields include
 * {@code prevHash = hash(n-1)}. Changing, removing or reordering any stored event changes a hash
 * that a later event depends on, so {@link #verify(Iterator)} finds the first event that no
 * longer fits.
 */
public final class AuditChain {

    /** The previous hash of the first event in every chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash an event must carry, computed from all its other fields. */
    public static String hash(AuditRecord record) {
        return CanonicalJson.sha256(CanonicalJson.of(record.chainedFields()));
    }

    /**
     * Walks one tenant's events in sequence order and reports the first broken link.
     *
     * @param events the tenant's events ordered by {@code seq}, as stored
     */
    public static Verification verify(Iterator<AuditRecord> events) {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long count = 0;
        while (events.hasNext()) {
            AuditRecord e = events.next();
            String problem = problemWith(e, expectedSeq, expectedPrev);
            if (problem != null) {
                return Verification.broken(count, e.seq(), problem);
            }
            expectedPrev = e.hash();
            expectedSeq++;
            count++;
        }
        return Verification.intact(count);
    }

    private static String problemWith(AuditRecord e, long expectedSeq, String expectedPrev) {
        if (e.seq() != expectedSeq) {
            return "expected sequence " + expectedSeq + " but found " + e.seq() + " (an event is missing)";
        }
        if (!expectedPrev.equals(e.prevHash())) {
            return "prevHash does not match the hash of event " + (expectedSeq - 1);
        }
        if (!hash(e).equals(e.hash())) {
            return "stored hash does not match the event's content (the event was changed)";
        }
        return null;
    }

    /**
     * Outcome of a verification.
     *
     * @param intact         whether every link held
     * @param events         events checked before the first broken one (all of them when intact)
     * @param firstBrokenSeq sequence number of the first broken event, or {@code null}
     * @param reason         why that event broke the chain, or {@code null}
     */
    public record Verification(boolean intact, long events, Long firstBrokenSeq, String reason) {

        static Verification intact(long events) {
            return new Verification(true, events, null, null);
        }

        static Verification broken(long checked, long seq, String reason) {
            return new Verification(false, checked, seq, reason);
        }
    }
}
