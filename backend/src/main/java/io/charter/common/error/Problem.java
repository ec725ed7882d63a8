package io.charter.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, with {@code errors[]} naming each offending field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail, List<FieldError> errors, String instance,
                             String requestId) {
        return new Problem(code.type(), code.title(), code.status(), detail, instance, requestId,
                errors == null ? List.of() : errors);
    }
}
