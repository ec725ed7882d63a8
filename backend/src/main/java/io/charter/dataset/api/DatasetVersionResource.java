package io.charter.dataset.api;

import io.charter.common.error.CharterException;
import io.charter.dataset.domain.DataFormat;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.DatasetUploadService;
import io.charter.dataset.service.ProfileJobs;
import io.charter.dataset.service.ProfileService;
import io.charter.governance.data.profile.DatasetProfile;
import io.charter.governance.data.profile.ProfileCsv;
import io.charter.dataset.service.ValidationJobs;
import io.charter.dataset.service.ValidationService;
import io.charter.dataset.service.ValidationView;
import io.charter.jobs.JobView;
import io.charter.tenancy.CurrentUser;
import io.charter.dataset.service.VersionView;
import io.quarkus.security.Authenticated;
import io.charter.jobs.Polling;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/datasets/{id}/versions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datasets")
public class DatasetVersionResource {

    @Inject
    DatasetService datasets;

    @Inject
    DatasetUploadService uploads;

    @Inject
    ProfileService profiles;

    @Inject
    ProfileJobs jobs;

    @Inject
    ValidationService validations;

    @Inject
    ValidationJobs validationJobs;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The dataset's versions, newest first")
    public List<VersionView> list(@PathParam("id") UUID id) {
        return datasets.versions(id);
    }

    @GET
    @Path("/{versionId}")
    @Operation(summary = "One version: size, rows, columns with inferred and effective types, roles, lineage")
    public VersionView get(@PathParam("id") UUID id, @PathParam("versionId") String versionId) {
        return datasets.version(id, versionId);
    }

    @GET
    @Path("/{versionId}/profile")
    @Operation(summary = "The version's profile (EDA): 200 when done, 202 with progress while it runs")
    public Response profile(@PathParam("id") UUID id, @PathParam("versionId") String versionId) {
        JobView status = profiles.status(id, versionId);
        if (status.status().active()) {
            return Response.accepted(status).header("Retry-After", 2).build();
        }
        InputStream json = profiles.profileJson(id, versionId);
        return Response.ok((StreamingOutput) out -> {
            try (json) {
                json.transferTo(out);
            }
        }, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{versionId}/profile/columns.csv")
    @Produces("text/csv")
    @Operation(summary = "The finished profile's columns as CSV, one row per column (formula-looking cells escaped)")
    public Response profileCsv(@PathParam("id") UUID id, @PathParam("versionId") String versionId) {
        DatasetProfile profile = profiles.profile(id, versionId);
        return Response.ok((StreamingOutput) out -> ProfileCsv.write(profile, out), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"profile-" + versionId.substring(0, 12)
                        + ".csv\"").build();
    }

    @GET
    @Path("/{versionId}/profile/status")
    @Operation(summary = "Where the version's profiling job stands")
    public JobView profileStatus(@PathParam("id") UUID id, @PathParam("versionId") String versionId) {
        return profiles.status(id, versionId);
    }

    @POST
    @Path("/{versionId}/profile")
    @Operation(summary = "Profile the version again (e.g. after the charter changed); 202")
    public Response reprofile(@PathParam("id") UUID id, @PathParam("versionId") String versionId) {
        UUID job = profiles.rerun(id, versionId).id;
        jobs.submit(user.tenant(), job); // after rerun's transaction committed
        return Response.accepted(profiles.status(id, versionId)).build();
    }

    @GET
    @Path("/{versionId}/validation")
    @Operation(summary = "The version's validation against the dataset's rules: 200 when done, 202 while it runs")
    public Response validation(@PathParam("id") UUID id, @PathParam("versionId") String versionId) {
        ValidationView view = validations.get(id, versionId);
        return Polling.answer(view, view.job().status());
    }

    @POST
    @Path("/{versionId}/validation")
    @Operation(summary = "Validate the version again against the current rules; 202")
    public Response revalidate(@PathParam("id") UUID id, @PathParam("versionId") String versionId) {
        validationJobs.submit(user.tenant(), validations.rerun(id, versionId)); // after rerun committed
        return Response.accepted(validations.get(id, versionId)).build();
    }

    @POST
    @Path("/{versionId}/validation/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a version that failed validation for training, with a reason (data scientists)")
    public ValidationView override(@PathParam("id") UUID id, @PathParam("versionId") String versionId,
                                   OverrideCommand command) {
        return validations.override(id, versionId, command == null ? null : command.reason());
    }

    /** Why a failing version may be used anyway. */
    public record OverrideCommand(String reason) {
    }

    @POST
    @Consumes({"text/csv", "application/csv"})
    @Operation(summary = "Upload a version as the raw body (201; 200 when the same bytes exist already)")
    public Response upload(@PathParam("id") UUID id, @QueryParam("delimiter") String delimiter,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body,
                           @Context UriInfo uri) {
        if (length != null && length > uploads.maxBytes()) {
            throw uploads.tooLarge();
        }
        return answer(uploads.upload(id, DataFormat.CSV, delimiter(delimiter), body), uri);
    }

    @POST
    @Consumes("application/vnd.apache.parquet")
    @Operation(summary = "Upload a version as a raw Parquet body (201; 200 when the same bytes exist already)")
    public Response uploadParquet(@PathParam("id") UUID id,
                                  @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body,
                                  @Context UriInfo uri) {
        if (length != null && length > uploads.maxBytes()) {
            throw uploads.tooLarge();
        }
        return answer(uploads.upload(id, DataFormat.PARQUET, ',', body), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a version as multipart field 'file' (201; 200 when the same bytes exist already)")
    public Response uploadForm(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                               @RestForm("delimiter") String delimiter, @Context UriInfo uri) {
        if (file == null) {
            throw CharterException.invalid("file", "send the dataset as multipart field 'file'");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return answer(uploads.upload(id, format(file), delimiter(delimiter), in), uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response answer(DatasetUploadService.Upload upload, UriInfo uri) {
        if (!upload.created()) {
            return Response.ok(upload.version()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(upload.version().id()).build())
                .entity(upload.version()).build();
    }

    /** Parquet if the part says so by media type or file name; CSV otherwise (the scan refuses what is not). */
    static DataFormat format(FileUpload file) {
        String type = file.contentType() == null ? "" : file.contentType().toLowerCase(java.util.Locale.ROOT);
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith(DataFormat.PARQUET.mediaType()) || name.endsWith(".parquet") ? DataFormat.PARQUET
                : DataFormat.CSV;
    }

    /** {@code ,} by default; one character, or {@code tab}. */
    static char delimiter(String value) {
        if (value == null || value.isEmpty()) {
            return ',';
        }
        if (value.equals("tab") || value.equals("\\t") || value.equals("\t")) {
            return '\t';
        }
        if (value.length() != 1 || "\"\r\n".indexOf(value.charAt(0)) >= 0) {
            throw CharterException.invalid("delimiter", "must be one character other than a quote or line break "
                    + "(or 'tab'), but got '" + value + "'");
        }
        return value.charAt(0);
    }
}
