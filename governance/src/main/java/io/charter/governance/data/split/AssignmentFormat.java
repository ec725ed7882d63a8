package io.charter.governance.data.split;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The binary form of a {@link SplitAssignment}, stored next to a plan's JSON summary:
 *
 * <pre>
 * int    magic 0x4353504C ("CSPL")
 * short  format version, 1
 * long   rows
 * int    folds
 * UTF    method name (modified UTF-8 with a 2-byte length, {@link DataOutputStream#writeUTF})
 * gzip   one code byte per row (RFC 1952; the trailer's CRC-32 and length guard the codes)
 * </pre>
 *
 * All numbers are big-endian. The gzip member carries no time or file name, so the same codes
 * give the same bytes on the same JDK; a different zlib may compress differently, but every
 * version decodes to the same codes. Codes compress well: runs of one code are common and each
 * byte holds one of at most 22 values.
 */
final class AssignmentFormat {

    static final int MAGIC = 0x4353504C;
    static final short VERSION = 1;

    private static final int BUFFER = 64 * 1024;

    private AssignmentFormat() {
    }

    static void write(SplitAssignment assignment, OutputStream out) throws IOException {
        OutputStream kept = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        DataOutputStream header = new DataOutputStream(kept);
        header.writeInt(MAGIC);
        header.writeShort(VERSION);
        header.writeLong(assignment.rows());
        header.writeInt(assignment.folds());
        header.writeUTF(assignment.method().name());
        header.flush();
        GZIPOutputStream gzip = new GZIPOutputStream(kept, BUFFER);
        gzip.write(assignment.codes());
        gzip.finish();
        kept.flush();
    }

    static SplitAssignment read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            int magic = data.readInt();
            if (magic != MAGIC) {
                throw new IOException("a split assignment must start with the bytes \"CSPL\", but starts with 0x"
                        + Integer.toHexString(magic));
            }
            short version = data.readShort();
            if (version != VERSION) {
                throw new IOException("split assignment format version must be " + VERSION + ", but is " + version);
            }
            long rows = data.readLong();
            if (rows < 0 || rows > SplitAssignment.MAX_ROWS) {
                throw new IOException("split assignment rows must be between 0 and " + SplitAssignment.MAX_ROWS
                        + ", but is " + rows);
            }
            int folds = data.readInt();
            SplitMethod method = method(data.readUTF());
            if (!SplitAssignment.foldsSuit(method, folds)) {
                throw new IOException("split assignment folds must suit " + method + ", but is " + folds);
            }
            return new SplitAssignment(method, folds, codes(in, (int) rows));
        } catch (EOFException e) {
            throw new IOException("split assignment is truncated: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("split assignment is corrupt: " + e.getMessage(), e);
        }
    }

    private static SplitMethod method(String name) throws IOException {
        try {
            return SplitMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("split assignment method must be a SplitMethod, but is \"" + name + "\"", e);
        }
    }

    /** Exactly {@code rows} codes, the gzip trailer verified; memory grows only as bytes arrive. */
    private static byte[] codes(InputStream in, int rows) throws IOException {
        GZIPInputStream gzip = new GZIPInputStream(in, BUFFER);
        byte[] codes = gzip.readNBytes(rows);
        if (codes.length < rows) {
            throw new EOFException("expected " + rows + " codes, but found " + codes.length);
        }
        if (gzip.read() != -1) {
            throw new IOException("split assignment is corrupt: more codes than its " + rows + " rows");
        }
        return codes;
    }
}
