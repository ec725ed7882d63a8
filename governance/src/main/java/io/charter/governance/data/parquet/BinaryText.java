package io.charter.governance.data.parquet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;

/** The {@link ColumnText}s of byte arrays: text and UUIDs. */
final class BinaryText {

    private BinaryText() {
    }

    /** Strict UTF-8, as the CSV scan demands of uploaded text: malformed bytes are an error, not U+FFFD. */
    static final class Utf8 extends ColumnText {
        /** A UTF-8 byte sequence of n bytes decodes to at least n/3 chars (3 bytes per BMP char at most). */
        private static final int MAX_BYTES_PER_CHAR = 3;

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final int maxChars;
        private final boolean unannotated;

        Utf8(String[] fields, int index, int maxChars, boolean unannotated) {
            super(fields, index);
            this.maxChars = maxChars;
            this.unannotated = unannotated;
        }

        @Override
        public void addBinary(Binary value) {
            if ((long) value.length() > (long) maxChars * MAX_BYTES_PER_CHAR) {
                throw tooLong(value.length() / MAX_BYTES_PER_CHAR + " or more");
            }
            String text;
            try {
                text = decoder.reset().decode(value.toByteBuffer()).toString();
            } catch (CharacterCodingException e) {
                throw bad(unannotated
                        ? "holds binary data that is not UTF-8 text; Charter reads text, numbers, booleans and dates"
                        : "is not valid UTF-8 text");
            }
            if (text.length() > maxChars) {
                throw tooLong(Integer.toString(text.length()));
            }
            set(text);
        }

        private BadValue tooLong(String chars) {
            return bad("is " + chars + " characters long, but at most " + maxChars + " are accepted");
        }
    }

    static final class Uuids extends ColumnText {
        Uuids(String[] fields, int index) {
            super(fields, index);
        }

        @Override
        public void addBinary(Binary value) {
            ByteBuffer b = ByteBuffer.wrap(value.getBytes());
            set(new UUID(b.getLong(0), b.getLong(8)).toString());
        }
    }
}
