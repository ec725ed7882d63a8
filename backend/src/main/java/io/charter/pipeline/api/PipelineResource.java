package io.charter.pipeline.api;

import io.charter.pipeline.service.FitCommand;
import io.charter.pipeline.service.FitJobs;
import io.charter.pipeline.service.FitView;
import io.charter.pipeline.service.PipelineService;
import io.charter.pipeline.service.PipelineView;
import io.charter.tenancy.CurrentUser;
import io.quarkus.security.Authenticated;
import io.charter.jobs.Polling;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One pipeline revision, its fits, and the fitted artifacts. */
@Path("/api/v1/pipelines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipelines")
public class PipelineResource {

    @Inject
    PipelineService pipelines;

    @Inject
    FitJobs jobs;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    @Operation(summary = "One pipeline revision")
    public PipelineView get(@PathParam("id") UUID id) {
        return pipelines.get(id);
    }

    @GET
    @Path("/{id}/fits")
    @Operation(summary = "The fits of this revision, newest first")
    public List<FitView> fits(@PathParam("id") UUID id) {
        return pipelines.fits(id);
    }

    @POST
    @Path("/{id}/fits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fit on the TRAIN rows of a split's fold (the version must be usable for training); 202")
    public Response fit(@PathParam("id") UUID id, FitCommand command, @Context UriInfo uri) {
        UUID fit = pipelines.fit(id, command).id;
        jobs.submit(user.tenant(), fit); // after fit's transaction committed
        return Response.accepted(pipelines.getFit(fit))
                .location(uri.getBaseUriBuilder().path("api/v1/pipelines/fits").path(fit.toString()).build()).build();
    }

    @GET
    @Path("/fits/{fitId}")
    @Operation(summary = "A fit: 200 when done, 202 while it runs")
    public Response getFit(@PathParam("fitId") UUID fitId) {
        FitView view = pipelines.getFit(fitId);
        return Polling.answer(view, view.job().status());
    }

    @GET
    @Path("/fits/{fitId}/artifact")
    @Operation(summary = "The fitted pipeline as JSON: what training and serving apply to every row")
    public Response artifact(@PathParam("fitId") UUID fitId) {
        InputStream json = pipelines.artifact(fitId);
        return Response.ok((StreamingOutput) out -> {
            try (json) {
                json.transferTo(out);
            }
        }, MediaType.APPLICATION_JSON).build();
    }
}
