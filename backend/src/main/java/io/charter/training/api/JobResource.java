package io.charter.training.api;

import io.charter.common.error.CharterException;
import io.charter.training.domain.LaunchRecord;
import io.charter.training.service.Conflicts;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.JobLogs;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One job: its state, cancelling it, and its workers' logs. */
@Path("/api/v1/jobs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobResource {

    @Inject
    TrainingJobService jobs;

    @Inject
    JobDispatcher dispatcher;

    @Inject
    JobLogs logs;

    @GET
    @Path("/{id}")
    @Operation(summary = "The job: state, attempt, reason, progress, lineage and its run")
    public TrainingJobView get(@PathParam("id") UUID id) {
        return jobs.get(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel the job; its worker is stopped (SIGTERM, then killed after a grace period). "
            + "409 when it has already ended")
    public TrainingJobView cancel(@PathParam("id") UUID id) {
        dispatcher.stopWorker(Conflicts.retry(() -> jobs.cancel(id))); // after cancel's transaction committed
        dispatcher.wake();
        return jobs.get(id);
    }

    @GET
    @Path("/{id}/logs")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A worker's output: the latest launch, or attempt=N; from byte offset=B, or the last "
            + "tail=L lines; follow=true streams until the job ends. Header Charter-Log-Offset is where to go on")
    public Response logs(@PathParam("id") UUID id, @QueryParam("attempt") Integer attempt,
                         @QueryParam("offset") Long offset, @QueryParam("tail") Integer tail,
                         @QueryParam("follow") boolean follow) {
        if (offset != null && offset < 0) {
            throw CharterException.invalid("offset", "must be >= 0, but is " + offset);
        }
        if (tail != null && (tail < 1 || tail > JobLogs.MAX_TAIL_LINES)) {
            throw CharterException.invalid("tail", "must be between 1 and " + JobLogs.MAX_TAIL_LINES + ", but is "
                    + tail);
        }
        List<LaunchRecord> launches = jobs.launches(id);
        LaunchRecord launch = JobLogs.pick(launches, attempt);
        if (launch == null) {
            return Response.ok("", MediaType.TEXT_PLAIN).header(JobLogs.OFFSET_HEADER, 0).build();
        }
        if (follow) {
            StreamingOutput body = out -> logs.follow(id, launch, offset == null ? 0 : offset, out);
            return Response.ok(body, MediaType.TEXT_PLAIN).header(JobLogs.ATTEMPT_HEADER, launch.attempt).build();
        }
        JobLogs.Chunk chunk = logs.read(launch, offset, tail);
        return Response.ok(chunk.text(), MediaType.TEXT_PLAIN).header(JobLogs.OFFSET_HEADER, chunk.next())
                .header(JobLogs.ATTEMPT_HEADER, launch.attempt).build();
    }
}
