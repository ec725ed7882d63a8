package io.charter.study.api;

import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.study.service.StudyCommand;
import io.charter.study.service.StudyDriver;
import io.charter.study.service.StudyService;
import io.charter.study.service.StudyView;
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

/** Creating and listing a project's tuning studies and architecture searches. */
@Path("/api/v1/projects/{id}/studies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies")
public class ProjectStudyResource {

    @Inject
    StudyService studies;

    @Inject
    StudyDriver driver;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create and start a study: 201; a bad search space is a 400 naming the parameter "
            + "(searchSpace.<param>)")
    public Response create(@PathParam("id") UUID projectId, StudyCommand command, @Context UriInfo uri) {
        StudyView view = studies.create(projectId, command);
        driver.wake(); // after create's transaction committed
        return Response.created(uri.getBaseUriBuilder().path("api/v1/studies").path(view.id().toString()).build())
                .entity(view).build();
    }

    @GET
    @Operation(summary = "The project's studies, newest first (page, size, sort=createdAt|name|state)")
    public PageResult<StudyView> list(@PathParam("id") UUID projectId, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return studies.list(projectId, PageQuery.of(page, size, sort, null, StudyService.SORTABLE, "createdAt,desc"));
    }
}
