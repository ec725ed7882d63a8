package io.charter.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Responses that carry a resource with its version as a strong ETag ({@code "3"}). */
public final class ETagged {

    private ETagged() {
    }

    public static Response of(Response.ResponseBuilder builder, Object entity, long version) {
        return builder.entity(entity).tag(new EntityTag(String.valueOf(version))).build();
    }
}
