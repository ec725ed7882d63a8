package io.charter.training.api;

import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.training.service.JobCommand;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
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

/** Submitting and listing a project's training and evaluation jobs. */
@Path("/api/v1/projects/{id}/jobs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class ProjectJobResource {

    @Inject
    TrainingJobService jobs;

    @Inject
    JobDispatcher dispatcher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a TRAIN or EVALUATE job: 201 with the queued job and its run; every problem of "
            + "the spec is a 4xx before anything is queued")
    public Response submit(@PathParam("id") UUID projectId, JobCommand command, @Context UriInfo uri) {
        TrainingJobView view = jobs.submit(projectId, command);
        dispatcher.wake(); // after submit's transaction committed
        return Response.created(uri.getBaseUriBuilder().path("api/v1/jobs").path(view.id().toString()).build())
                .entity(view).build();
    }

    @GET
    @Operation(summary = "The project's jobs, newest first (page, size, sort=createdAt|state|algorithm, state)")
    public PageResult<TrainingJobView> list(@PathParam("id") UUID projectId, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size, @QueryParam("sort") String sort,
                                            @QueryParam("state") String state) {
        return jobs.list(projectId, state == null || state.isBlank() ? null : state,
                PageQuery.of(page, size, sort, null, TrainingJobService.SORTABLE, "createdAt,desc"));
    }
}
