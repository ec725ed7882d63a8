package io.charter.charter.api;

import io.charter.charter.service.CharterCommand;
import io.charter.charter.service.CharterService;
import io.charter.charter.service.CharterView;
import io.charter.common.data.ETags;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.quarkus.security.Authenticated;
import io.charter.common.web.ETagged;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/projects/{projectId}/charter")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ethics charter")
public class CharterResource {

    @Inject
    CharterService charters;

    @GET
    @Operation(summary = "The latest charter version (draft or approved)")
    public Response current(@PathParam("projectId") UUID projectId) {
        var view = charters.current(projectId);
        return ETagged.of(Response.ok(), view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new draft version; If-Match required once a charter exists")
    public Response save(@PathParam("projectId") UUID projectId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         CharterCommand command) {
        Long expected = ifMatch != null && !ifMatch.isBlank() ? Long.valueOf(ETags.parse(ifMatch))
                : command == null ? null : command.version();
        CharterView saved = charters.save(projectId, expected, command);
        return ETagged.of(Response.ok(), saved, saved.version());
    }

    @POST
    @Path("/approve")
    @Operation(summary = "Approve the latest draft (compliance-officer, not its author)")
    public Response approve(@PathParam("projectId") UUID projectId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Long.valueOf(ETags.parse(ifMatch));
        var view = charters.approve(projectId, expected);
        return ETagged.of(Response.ok(), view, view.version());
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version, newest first")
    public List<CharterView> history(@PathParam("projectId") UUID projectId) {
        return charters.history(projectId);
    }

    @GET
    @Path("/versions/{version}")
    public CharterView version(@PathParam("projectId") UUID projectId, @PathParam("version") int version) {
        return charters.version(projectId, version);
    }

    @GET
    @Path("/approved")
    @Operation(summary = "The approved version in force")
    public CharterView approved(@PathParam("projectId") UUID projectId) {
        return charters.approved(projectId).orElseThrow(() -> new CharterException(ErrorCode.NOT_FOUND,
                "Project " + projectId + " has no approved ethics charter"));
    }
}
