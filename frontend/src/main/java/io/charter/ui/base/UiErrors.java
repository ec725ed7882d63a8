package io.charter.ui.base;

import io.charter.common.error.CharterException;
import io.charter.common.error.FieldError;
import io.charter.common.error.Violations;
import jakarta.validation.ConstraintViolationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the service layer's failures into what a person reads: the same messages and field names
 * the REST API puts into problem+json, so the UI and the API never disagree about what is wrong.
 */
public final class UiErrors {

    private UiErrors() {
    }

    /** The field errors of a failure, or an empty list when it is not about fields. */
    public static List<FieldError> fieldErrors(Throwable t) {
        Throwable e = rootOfInterest(t);
        if (e instanceof CharterException c) {
            return c.errors();
        }
        if (e instanceof ConstraintViolationException v) {
            return Violations.of(v);
        }
        return List.of();
    }

    /** A one-line message for a notification. */
    public static String message(Throwable t) {
        Throwable e = rootOfInterest(t);
        if (e instanceof ConstraintViolationException) {
            return fieldErrors(e).stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        }
        if (e instanceof CharterException c) {
            return c.getMessage();
        }
        return "Something went wrong on the server; the error was logged. (" + e.getClass().getSimpleName() + ")";
    }

    /** Whether the failure is the user's to fix (as opposed to a server fault). */
    public static boolean isUserError(Throwable t) {
        Throwable e = rootOfInterest(t);
        return e instanceof ConstraintViolationException || e instanceof CharterException c && c.code().status() < 500;
    }

    private static Throwable rootOfInterest(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof CharterException || e instanceof ConstraintViolationException) {
                return e;
            }
        }
        return t;
    }
}
