package io.charter.common.error;

import java.util.List;

/** A failure the client caused or must know about; rendered as {@code application/problem+json}. */
public class CharterException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> errors;

    public CharterException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public CharterException(ErrorCode code, String detail, List<FieldError> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static CharterException notFound(String what, Object id) {
        return new CharterException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static CharterException invalid(String field, String message) {
        return new CharterException(ErrorCode.INVALID_INPUT, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** 400 naming every field in {@code errors}; the detail summarises the first. */
    public static CharterException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; the first, " + errors.get(0).field() + ": "
                + errors.get(0).message();
        return new CharterException(ErrorCode.INVALID_INPUT, detail, errors);
    }

    public static CharterException forbidden(String detail) {
        return new CharterException(ErrorCode.FORBIDDEN, detail);
    }

    public static CharterException conflict(String detail) {
        return new CharterException(ErrorCode.CONFLICT, detail);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
