package io.charter.worker.training;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of training inputs, so a model and a checkpoint name the exact data they came from. */
final class Fingerprint {

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    static String of(Samples train, Samples validation) {
        Fingerprint f = new Fingerprint();
        f.samples(train);
        f.putLong(validation == null ? -1 : 1);
        if (validation != null) {
            f.samples(validation);
        }
        f.flush();
        return HexFormat.of().formatHex(f.digest.digest());
    }

    private void samples(Samples s) {
        putLong(s.x().length);
        for (double[] row : s.x()) {
            putLong(row.length);
            for (double v : row) {
                putLong(Double.doubleToLongBits(v));
            }
        }
        putLong(s.classes() == null ? -1 : s.classes().length);
        if (s.classes() != null) {
            for (int c : s.classes()) {
                putLong(c);
            }
        }
        putLong(s.targets() == null ? -1 : s.targets().length);
        if (s.targets() != null) {
            for (double t : s.targets()) {
                putLong(Double.doubleToLongBits(t));
            }
        }
    }

    private void putLong(long v) {
        if (buffer.remaining() < Long.BYTES) {
            flush();
        }
        buffer.putLong(v);
    }

    private void flush() {
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
    }
}
