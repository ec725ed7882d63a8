package io.charter.dataset.api;

import io.charter.common.data.ETags;
import io.charter.common.web.ETagged;
import io.charter.dataset.service.RulesCommand;
import io.charter.dataset.service.ValidationJobs;
import io.charter.dataset.service.ValidationService;
import io.charter.tenancy.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A dataset's validation rules (its own class: JAX-RS matches the longest class path first). */
@Path("/api/v1/datasets/{id}/rules")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datasets")
public class DatasetRulesResource {

    @Inject
    ValidationService validations;

    @Inject
    ValidationJobs jobs;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The dataset's validation rules, with the dataset's version as ETag")
    public Response get(@PathParam("id") UUID id) {
        var view = validations.rules(id);
        return ETagged.of(Response.ok(), view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the rules (If-Match: the dataset's ETag); the newest version is validated again")
    public Response put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        RulesCommand command) {
        var updated = validations.updateRules(id, ETags.expectedVersion(ifMatch, null), command);
        if (updated.job() != null) {
            jobs.submit(user.tenant(), updated.job()); // after updateRules' transaction committed
        }
        return ETagged.of(Response.ok(), updated.rules(), updated.rules().version());
    }
}
