package io.charter.dataset.api;

import io.charter.common.data.ETags;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.dataset.service.DatasetCommand;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.DatasetView;
import io.charter.dataset.service.DemoDatasetService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A project's datasets: JAX-RS picks resource classes by their own path, so this one sits under the project's. */
@Path("/api/v1/projects/{projectId}/datasets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datasets")
public class ProjectDatasetResource {

    @Inject
    DatasetService datasets;

    @Inject
    DemoDatasetService demos;

    @GET
    @Operation(summary = "List a project's datasets (paging, sort=name|createdAt|updatedAt, q)")
    public PageResult<DatasetView> list(@PathParam("projectId") UUID projectId, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size, @QueryParam("sort") String sort,
                                        @QueryParam("q") String q) {
        return datasets.list(projectId, PageQuery.of(page, size, sort, q, DatasetService.SORTABLE, "createdAt,desc"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a dataset with its provenance")
    public Response create(@PathParam("projectId") UUID projectId, DatasetCommand command, @Context UriInfo uri) {
        DatasetView created = datasets.create(projectId, command);
        return ETagged.of(Response.created(uri.getBaseUriBuilder().path("api/v1/datasets")
                .path(created.id().toString()).build()), created, created.version());
    }

    @POST
    @Path("/demo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a synthetic credit-scoring dataset (rows, bias, seed) with its first version")
    public Response demo(@PathParam("projectId") UUID projectId, DemoDatasetService.DemoRequest request,
                         @Context UriInfo uri) {
        DemoDatasetService.Demo demo = demos.create(projectId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/datasets").path(demo.dataset().id().toString())
                .build()).entity(demo).build();
    }
}
