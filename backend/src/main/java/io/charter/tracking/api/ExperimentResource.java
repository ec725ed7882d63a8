package io.charter.tracking.api;

import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.RunPage;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingCommands.NewRun;
import io.charter.tracking.service.TrackingService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One experiment and its runs. */
@Path("/api/v1/experiments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments")
public class ExperimentResource {

    @Inject
    TrackingService tracking;

    @GET
    @Path("/{id}")
    @Operation(summary = "One experiment")
    public ExperimentView get(@PathParam("id") UUID id) {
        return tracking.experiment(id);
    }

    @GET
    @Path("/{id}/runs")
    @Operation(summary = "Search the runs: MLflow filter syntax (metrics.x > 1 and params.y = 'z'), orderBy "
            + "(repeatable, e.g. metrics.auc DESC), maxResults ≤ 50000, pageToken, deleted")
    public RunPage runs(@PathParam("id") UUID id, @QueryParam("filter") String filter,
                        @QueryParam("orderBy") List<String> orderBy,
                        @QueryParam("maxResults") @DefaultValue("100") int maxResults,
                        @QueryParam("pageToken") String pageToken, @QueryParam("deleted") boolean deleted) {
        return tracking.searchRuns(List.of(id), filter, orderBy, deleted, maxResults, pageToken);
    }

    @POST
    @Path("/{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a run (status RUNNING)")
    public Response createRun(@PathParam("id") UUID id, NewRun command, @Context UriInfo uri) {
        RunView run = tracking.createRun(id, command);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/runs").path(run.id().toString()).build())
                .entity(run).build();
    }
}
