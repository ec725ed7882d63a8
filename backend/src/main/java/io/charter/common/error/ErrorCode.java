package io.charter.common.error;

/**
 * Charter's one error vocabulary: every failure a client can see is one of these codes, and
 * each code has exactly one HTTP status and problem type (MLflow's {@code ErrorCode} table idea).
 */
public enum ErrorCode {
    INVALID_INPUT(400, "Invalid input"),
    MALFORMED_JSON(400, "Malformed JSON"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    INTERNAL(500, "Internal server error");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem {@code type} URI, stable for clients to switch on. */
    public String type() {
        return "https://charter.dev/problems/" + name().toLowerCase().replace('_', '-');
    }
}
