package io.charter.tracking.api;

import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.TrackingCommands.NewExperiment;
import io.charter.tracking.service.TrackingService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The experiments of a project (its own class: JAX-RS matches the longest class path first). */
@Path("/api/v1/projects/{id}/experiments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments")
public class ProjectExperimentResource {

    @Inject
    TrackingService tracking;

    @GET
    @Operation(summary = "The project's experiments (page, size, sort=name|createdAt, q)")
    public PageResult<ExperimentView> list(@PathParam("id") UUID projectId, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size, @QueryParam("sort") String sort,
                                           @QueryParam("q") String q) {
        return tracking.experiments(projectId, PageQuery.of(page, size, sort, q, TrackingService.SORTABLE,
                "createdAt,desc"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an experiment (names are unique per tenant)")
    public Response create(@PathParam("id") UUID projectId, NewExperiment command, @Context UriInfo uri) {
        ExperimentView view = tracking.createExperiment(projectId, command);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/experiments").path(view.id().toString()).build())
                .entity(view).build();
    }
}
