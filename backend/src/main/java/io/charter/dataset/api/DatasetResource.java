package io.charter.dataset.api;

import io.charter.common.data.ETags;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.dataset.service.DatasetCommand;
import io.charter.dataset.service.DatasetRemoval;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.DatasetView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/datasets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datasets")
public class DatasetResource {

    @Inject
    DatasetService datasets;

    @Inject
    DatasetRemoval removal;

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        var view = datasets.get(id);
        return ETagged.of(Response.ok(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a dataset's description, provenance, target column and type overrides")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DatasetCommand command) {
        long expected = ETags.expectedVersion(ifMatch, command == null ? null : command.version());
        var view = datasets.update(id, expected, command);
        return ETagged.of(Response.ok(), view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a dataset, its versions and their stored files")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        removal.remove(id, ifMatch == null || ifMatch.isBlank() ? null : ETags.parse(ifMatch));
        return Response.noContent().build();
    }
}
