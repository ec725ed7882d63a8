package io.charter.governance.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a malformed byte sequence is an error, never a silent U+FFFD.
 *
 * <p>Unlike {@link java.io.InputStreamReader}, which throws away the characters decoded in the
 * same call as a malformed sequence, this reader first hands out every character before the bad
 * bytes and fails on the following call. The reader downstream has therefore seen exactly the
 * text that precedes the error and can tell which CSV row it is in. A leading UTF-8 byte order
 * mark (EF BB BF) is skipped, as spreadsheet programs write one.
 */
public final class StrictUtf8Reader extends Reader {

    /** Thrown when the bytes are not UTF-8; carries the offset of the first bad byte. */
    static final class InvalidUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final long byteOffset;

        InvalidUtf8Exception(long byteOffset) {
            super("not valid UTF-8 at byte offset " + byteOffset);
            this.byteOffset = byteOffset;
        }

        long byteOffset() {
            return byteOffset;
        }
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private long bytesBeforeBuffer;
    private boolean started;
    private boolean eof;
    private boolean flushed;
    private InvalidUtf8Exception pending;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        if (!started) {
            skipByteOrderMark();
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                pending = new InvalidUtf8Exception(bytesBeforeBuffer + bytes.position());
                break;
            }
            if (result.isUnderflow() && !refill()) {
                return finish(out, off);
            }
        }
        if (out.position() == off) {
            throw pending;
        }
        return out.position() - off;
    }

    /** At end of input, flushes the decoder once; -1 when nothing more is left. */
    private int finish(CharBuffer out, int off) {
        if (!flushed) {
            decoder.flush(out);
            flushed = true;
        }
        int n = out.position() - off;
        return n == 0 ? -1 : n;
    }

    /**
     * Fills the byte buffer (a stream that returns a few bytes per call would otherwise cost a
     * decoder and parser round trip per chunk); false when the stream was already exhausted.
     */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        while (bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
                break;
            }
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        started = true;
        while (!eof && bytes.remaining() < 3) {
            refill();
        }
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF
                && (bytes.get(1) & 0xFF) == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
