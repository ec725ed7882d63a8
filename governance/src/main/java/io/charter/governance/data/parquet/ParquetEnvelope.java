package io.charter.governance.data.parquet;

import io.charter.governance.data.DataFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The first check of an upload: does the file have a Parquet file's frame? The format
 * (<a href="https://parquet.apache.org/docs/file-format/">Parquet file format</a>) is
 * {@code "PAR1" <column chunks> <footer> <4-byte little-endian footer length> "PAR1"}, with
 * {@code "PARE"} as the last magic when the footer is encrypted.
 *
 * <p>Checking this by hand, before parquet-java reads the footer, turns the common mistakes (a CSV
 * file sent as Parquet, an empty or cut-off upload) into messages a user can act on, instead of a
 * Thrift decoding error.
 */
final class ParquetEnvelope {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_MAGIC = "PARE".getBytes(StandardCharsets.US_ASCII);
    /** Leading magic, footer length and trailing magic: a file must be longer than this. */
    private static final int FRAME_BYTES = MAGIC.length + Integer.BYTES + MAGIC.length;
    private static final int SHOWN_BYTES = 16;

    private ParquetEnvelope() {
    }

    /**
     * Reads the first and last bytes of {@code file} and refuses it unless they frame a footer that
     * fits inside the file.
     *
     * @return the offset at which the footer starts: every column chunk must end before it
     * @throws IOException if the file cannot be read at all (missing, unreadable)
     */
    static long check(Path file) throws IOException, DataFormatException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length == 0) {
                throw Problems.file("file is empty; expected a Parquet file");
            }
            byte[] head = read(channel, 0, (int) Math.min(length, SHOWN_BYTES));
            if (!startsWith(head, MAGIC)) {
                throw Problems.file("not a Parquet file: a Parquet file starts with the bytes \"PAR1\", but this one starts with "
                        + show(head) + looksLike(head));
            }
            if (length <= FRAME_BYTES) {
                throw Problems.file("Parquet file is incomplete: it is " + length
                        + " bytes long, too short to hold a footer (was the upload cut short?)");
            }
            ByteBuffer tail = ByteBuffer.wrap(read(channel, length - 8, 8)).order(ByteOrder.LITTLE_ENDIAN);
            byte[] lastMagic = new byte[MAGIC.length];
            tail.get(4, lastMagic);
            if (startsWith(lastMagic, ENCRYPTED_MAGIC)) {
                throw Problems.file("Parquet file has an encrypted footer (modular encryption); "
                        + "upload it unencrypted");
            }
            if (!startsWith(lastMagic, MAGIC)) {
                throw Problems.file("Parquet file is incomplete or damaged: it must end with the bytes \"PAR1\", but ends with "
                        + show(lastMagic) + " (was the upload cut short?)");
            }
            long footerLength = Integer.toUnsignedLong(tail.getInt(0));
            if (footerLength == 0 || footerLength > length - FRAME_BYTES) {
                throw Problems.file("Parquet file is damaged: its footer length must be between 1 and "
                        + (length - FRAME_BYTES) + " bytes, but is " + footerLength);
            }
            return length - Integer.BYTES - MAGIC.length - footerLength;
        }
    }

    private static byte[] read(FileChannel channel, long position, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("file shrank while being read");
            }
        }
        return buffer.array();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Printable ASCII as a quoted string, anything else as hex bytes. */
    private static String show(byte[] bytes) {
        int shown = Math.min(bytes.length, MAGIC.length);
        if (isText(bytes, shown, false)) {
            return "\"" + new String(bytes, 0, shown, StandardCharsets.US_ASCII) + "\"";
        }
        StringBuilder hex = new StringBuilder("0x");
        for (int i = 0; i < shown; i++) {
            hex.append(String.format("%02x", bytes[i]));
        }
        return hex.toString();
    }

    /** A hint when the start of the file is plain text, as a CSV or JSON file is. */
    private static String looksLike(byte[] head) {
        return isText(head, head.length, true) ? " (the file looks like text, e.g. CSV: upload it as text/csv)" : "";
    }

    /** Printable ASCII only, or also tabs and line breaks. */
    private static boolean isText(byte[] bytes, int count, boolean withLineBreaks) {
        for (int i = 0; i < count; i++) {
            int b = bytes[i] & 0xff;
            boolean printable = b >= 0x20 && b < 0x7f;
            boolean space = b == '\t' || b == '\n' || b == '\r';
            if (!printable && !(withLineBreaks && space)) {
                return false;
            }
        }
        return count > 0;
    }
}
