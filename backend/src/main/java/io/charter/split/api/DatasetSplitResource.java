package io.charter.split.api;

import io.charter.split.service.SplitCommand;
import io.charter.split.service.SplitJobs;
import io.charter.split.service.SplitService;
import io.charter.split.service.SplitView;
import io.charter.tenancy.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The splits of a dataset (its own class: JAX-RS matches the longest class path first). */
@Path("/api/v1/datasets/{id}/splits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Splits")
public class DatasetSplitResource {

    @Inject
    SplitService splits;

    @Inject
    SplitJobs jobs;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The dataset's splits, newest first")
    public List<SplitView> list(@PathParam("id") UUID id) {
        return splits.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a split of a version (holdout, stratified, k-fold, time, walk-forward, group); "
            + "202 while the rows are assigned")
    public Response create(@PathParam("id") UUID id, SplitCommand command, @Context UriInfo uri) {
        UUID split = splits.create(id, command).id;
        jobs.submit(user.tenant(), split); // after create's transaction committed
        return Response.accepted(splits.get(split))
                .location(uri.getBaseUriBuilder().path("api/v1/splits").path(split.toString()).build()).build();
    }
}
