package io.charter.common.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** The current request's id (echoed as {@code X-Request-Id}) and path, for audit events and problems. */
@RequestScoped
public class RequestInfo {

    @Inject
    CurrentVertxRequest current;

    private String requestId;

    public String requestId() {
        if (requestId == null) {
            RoutingContext rc = current.getCurrent();
            Object id = rc == null ? null : rc.get(RequestFilters.REQUEST_ID);
            requestId = id != null ? id.toString() : UUID.randomUUID().toString();
        }
        return requestId;
    }

    public String contentType() {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.request().getHeader("Content-Type");
    }

    public String path() {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.request().path();
    }
}
