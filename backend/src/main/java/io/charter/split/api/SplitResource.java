package io.charter.split.api;

import io.charter.artifact.ArtifactStore;
import io.charter.common.error.CharterException;
import io.charter.governance.data.split.SplitRole;
import io.charter.split.service.SplitService;
import io.charter.split.service.SplitView;
import io.quarkus.security.Authenticated;
import io.charter.jobs.Polling;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One split: its plan and summary, and the training rows of a role and fold as CSV. */
@Path("/api/v1/splits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Splits")
public class SplitResource {

    @Inject
    SplitService splits;

    @Inject
    ArtifactStore store;

    @GET
    @Path("/{id}")
    @Operation(summary = "The split: 200 with its summary when planned, 202 while rows are assigned")
    public Response get(@PathParam("id") UUID id) {
        SplitView view = splits.get(id);
        return Polling.answer(view, view.job().status());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete the split and its stored assignment")
    public Response delete(@PathParam("id") UUID id) {
        store.delete(splits.delete(id)); // after delete's transaction committed
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/rows")
    @Produces("text/csv")
    @Operation(summary = "The rows of role TRAIN or VALIDATION in a fold, as CSV (formula-looking cells "
            + "escaped); TEST is locked (403)")
    public Response rows(@PathParam("id") UUID id, @QueryParam("role") String role,
                         @QueryParam("fold") Integer fold) {
        SplitService.SplitRows rows = splits.trainingRows(id, role(role), fold == null ? 0 : fold);
        StreamingOutput body = rows::writeCsv;
        String file = "split-" + id + "-" + rows.role().name().toLowerCase(Locale.ROOT) + "-" + rows.fold() + ".csv";
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private static SplitRole role(String value) {
        if (value == null || value.isBlank()) {
            return SplitRole.TRAIN;
        }
        try {
            return SplitRole.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CharterException.invalid("role", "must be TRAIN or VALIDATION, but is '" + value + "'");
        }
    }
}
