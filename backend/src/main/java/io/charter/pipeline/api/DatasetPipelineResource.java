package io.charter.pipeline.api;

import io.charter.pipeline.service.PipelineCommand;
import io.charter.pipeline.service.PipelineService;
import io.charter.pipeline.service.PipelineView;
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

/** The preprocessing pipelines of a dataset (its own class: JAX-RS matches the longest class path first). */
@Path("/api/v1/datasets/{id}/pipelines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipelines")
public class DatasetPipelineResource {

    @Inject
    PipelineService pipelines;

    @GET
    @Operation(summary = "Every revision of every pipeline of the dataset, by name, newest revision first")
    public List<PipelineView> list(@PathParam("id") UUID id) {
        return pipelines.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a pipeline spec; the same name again makes a new revision (201)")
    public Response create(@PathParam("id") UUID id, PipelineCommand command, @Context UriInfo uri) {
        PipelineView view = pipelines.create(id, command);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/pipelines").path(view.id().toString()).build())
                .entity(view).build();
    }
}
