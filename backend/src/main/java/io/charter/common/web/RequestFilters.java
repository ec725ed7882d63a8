package io.charter.common.web;

import io.charter.common.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * HTTP-level filters that run before any resource: a request id on every request, and the API's
 * JSON body-size limit, answered as problem+json before a byte of an oversized body is read.
 */
@ApplicationScoped
public class RequestFilters {

    static final String REQUEST_ID = "charter.requestId";
    private static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @ConfigProperty(name = "charter.api.max-json-bytes")
    long maxJsonBytes;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        rc.put(REQUEST_ID, id);
        rc.response().putHeader(HEADER, id);
        if (rc.request().path().startsWith("/api/") && isJsonOrUntyped(rc) && tooLarge(rc)) {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(new JsonObject()
                            .put("type", ErrorCode.PAYLOAD_TOO_LARGE.type())
                            .put("title", ErrorCode.PAYLOAD_TOO_LARGE.title())
                            .put("status", 413)
                            .put("detail", "The request body is larger than " + maxJsonBytes + " bytes")
                            .put("instance", rc.request().path())
                            .put("requestId", id)
                            .put("errors", new io.vertx.core.json.JsonArray().add(new JsonObject()
                                    .put("field", "body").put("message", "at most " + maxJsonBytes + " bytes")))
                            .encode());
            return;
        }
        rc.next();
    }

    /** Uploads (CSV, Parquet, multipart) have their own, larger limit, enforced while they stream. */
    private static boolean isJsonOrUntyped(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null || type.contains("json");
    }

    private boolean tooLarge(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false; // chunked bodies are capped by quarkus.http.limits.max-body-size
        }
        try {
            return Long.parseLong(length.trim()) > maxJsonBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
