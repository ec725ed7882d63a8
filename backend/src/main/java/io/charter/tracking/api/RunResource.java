package io.charter.tracking.api;

import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingCommands.Batch;
import io.charter.tracking.service.TrackingCommands.RunUpdate;
import io.charter.tracking.service.TrackingService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One run: read it, change its status, log to it, read a metric's history. */
@Path("/api/v1/runs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments")
public class RunResource {

    @Inject
    TrackingService tracking;

    @GET
    @Path("/{id}")
    @Operation(summary = "The run: status, times, params, tags, latest metrics, lineage")
    public RunView get(@PathParam("id") UUID id) {
        return tracking.run(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the run's status, end time or name")
    public RunView update(@PathParam("id") UUID id, RunUpdate update) {
        return tracking.updateRun(id, update == null ? new RunUpdate(null, null, null) : update);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Mark the run deleted (it stays readable, and searchable with deleted=true)")
    public Response delete(@PathParam("id") UUID id) {
        tracking.deleteRun(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/log")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log metrics (≤ 1000), params (≤ 100, immutable) and tags (≤ 100) in one call")
    public Response log(@PathParam("id") UUID id, Batch batch) {
        tracking.logBatch(id, batch == null ? new Batch(null, null, null) : batch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/metrics/{key}")
    @Operation(summary = "Every point of one metric, by step")
    public List<MetricPoint> history(@PathParam("id") UUID id, @PathParam("key") String key) {
        return tracking.history(id, key);
    }
}
