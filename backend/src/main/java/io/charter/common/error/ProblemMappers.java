package io.charter.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.charter.common.web.RequestInfo;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every exception that reaches the REST layer to {@code application/problem+json}.
 * Only 5xx are logged: a 4xx is the client's business and is fully described in its body.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    RequestInfo requestInfo;

    @ServerExceptionMapper
    public Response charter(CharterException e) {
        return problem(e.code(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = Violations.of(e);
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(ErrorCode.INVALID_INPUT, detail, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class})
    public Response json(JsonProcessingException e) {
        if (e instanceof JsonParseException p) {
            String where = p.getLocation() == null ? "" : " at line " + p.getLocation().getLineNr()
                    + ", column " + p.getLocation().getColumnNr();
            return problem(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON" + where + ": "
                    + p.getOriginalMessage(), List.of(new FieldError("body", "not valid JSON" + where)));
        }
        String field = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "body";
        String message = messageFor(e);
        return problem(ErrorCode.INVALID_INPUT, field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** Declared for the subtype too: Quarkus ships a mapper for it that would otherwise win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return problem(ErrorCode.FORBIDDEN, "Your roles do not allow this action", List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return problem(ErrorCode.PRECONDITION_FAILED,
                "The resource was changed by someone else meanwhile; read it again and retry", List.of());
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        org.hibernate.exception.ConstraintViolationException cv = find(e,
                org.hibernate.exception.ConstraintViolationException.class);
        if (cv != null) {
            return problem(ErrorCode.CONFLICT, "The change conflicts with existing data (constraint "
                    + cv.getConstraintName() + ")", List.of());
        }
        if (find(e, org.hibernate.StaleStateException.class) != null) {
            return optimisticLock(null);
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ErrorCode code = Arrays.stream(ErrorCode.values()).filter(c -> c.status() == status).findFirst()
                .orElse(status >= 500 ? ErrorCode.INTERNAL : ErrorCode.INVALID_INPUT);
        if (code == ErrorCode.INTERNAL) {
            return unexpected(e);
        }
        String detail = switch (code) {
            case NOT_FOUND -> "No resource at " + requestInfo.path();
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not accept Content-Type '"
                    + requestInfo.contentType() + "'; see /q/openapi for the types it takes";
            default -> e.getMessage();
        };
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException j) {
            return json(j);
        }
        return problem(code, detail, List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        LOG.errorf(e, "Unexpected failure of request %s", requestInfo.requestId());
        return problem(ErrorCode.INTERNAL, "Unexpected error; quote request id " + requestInfo.requestId()
                + " when reporting it", List.of());
    }

    private Response unauthenticated() {
        return Response.fromResponse(problem(ErrorCode.UNAUTHENTICATED,
                        "Send a valid bearer token (Authorization: Bearer ...)", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"charter\"").build();
    }

    private Response problem(ErrorCode code, String detail, List<FieldError> errors) {
        Problem p = Problem.of(code, detail, errors, requestInfo.path(), requestInfo.requestId());
        try {
            return Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(mapper.writeValueAsString(p)).build();
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a Problem is always serialisable", ex);
        }
    }

    private static String messageFor(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : "; known fields: " + u.getKnownPropertyIds();
            return "unknown field '" + u.getPropertyName() + "'" + known;
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected a value of type " + m.getTargetType().getSimpleName();
        }
        return e.getOriginalMessage();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
