package io.charter.jobs;

import jakarta.ws.rs.core.Response;

/** The answer for a resource a background job produces: 202 with Retry-After while it runs, else 200. */
public final class Polling {

    /** Seconds a client should wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 2;

    private Polling() {
    }

    public static Response answer(Object entity, JobStatus status) {
        return status.active() ? Response.accepted(entity).header("Retry-After", RETRY_AFTER_SECONDS).build()
                : Response.ok(entity).build();
    }
}
