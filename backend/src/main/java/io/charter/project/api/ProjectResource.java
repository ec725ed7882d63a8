package io.charter.project.api;

import io.charter.common.data.ETags;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.project.service.ProjectCommand;
import io.charter.project.service.ProjectService;
import io.charter.project.service.ProjectView;
import io.quarkus.security.Authenticated;
import io.charter.common.web.ETagged;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/projects")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

    @Inject
    ProjectService projects;

    @GET
    @Operation(summary = "List the tenant's projects (paging, sort=name|createdAt|updatedAt|taskType|status, q)")
    public PageResult<ProjectView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                        @QueryParam("sort") String sort, @QueryParam("q") String q) {
        return projects.list(PageQuery.of(page, size, sort, q, ProjectService.SORTABLE, "createdAt,desc"));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        var view = projects.get(id);
        return ETagged.of(Response.ok(), view, view.version());
    }

    @POST
    @Operation(summary = "Create a project (problem charter)")
    public Response create(ProjectCommand command, @Context UriInfo uri) {
        ProjectView created = projects.create(command);
        return ETagged.of(Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()),
                created, created.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a project; send If-Match with its ETag (stale: 412)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ProjectCommand command) {
        long expected = ETags.expectedVersion(ifMatch, command == null ? null : command.version());
        var view = projects.update(id, expected, command);
        return ETagged.of(Response.ok(), view, view.version());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        projects.delete(id, ifMatch == null || ifMatch.isBlank() ? null : ETags.parse(ifMatch));
        return Response.noContent().build();
    }
}
