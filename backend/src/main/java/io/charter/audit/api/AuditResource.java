package io.charter.audit.api;

import io.charter.audit.service.AuditFilter;
import io.charter.audit.service.AuditService;
import io.charter.audit.service.AuditView;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.common.error.CharterException;
import io.charter.governance.audit.AuditChain;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

@Path("/api/v1/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "The tenant's audit trail (compliance-officer, tenant-admin)")
    public PageResult<AuditView> list(@QueryParam("entityType") String entityType,
                                      @QueryParam("entityId") String entityId,
                                      @QueryParam("actor") String actor,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                      @QueryParam("sort") String sort) {
        PageQuery query = PageQuery.of(page, size, sort, null, AuditService.SORTABLE, "seq,desc");
        return audit.search(new AuditFilter(entityType, entityId, actor, instant("from", from), instant("to", to)),
                query);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Re-walk the hash chain: intact, or the first broken sequence number")
    public AuditChain.Verification verify() {
        return audit.verify();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw CharterException.invalid(field, "must be an ISO-8601 UTC instant such as 2026-01-31T12:00:00Z, "
                    + "but got '" + value + "'");
        }
    }
}
