package io.charter.common.data;

import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;

/** Entity versions as strong ETags ({@code "3"}) and the {@code If-Match} check against them. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the client expects: from {@code If-Match} if sent, else from the body's
     * {@code version}; a write without either answers 428 so that no update is blind.
     */
    public static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return parse(ifMatch);
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new CharterException(ErrorCode.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag you read (or the resource's version in the body)");
    }

    public static long parse(String ifMatch) {
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw CharterException.invalid("If-Match", "must be an ETag this server sent, e.g. \"3\", but got "
                    + ifMatch);
        }
    }

    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw new CharterException(ErrorCode.PRECONDITION_FAILED, "The resource is at version " + actual
                    + " but you sent version " + expected + "; read it again and reapply your change");
        }
    }
}
