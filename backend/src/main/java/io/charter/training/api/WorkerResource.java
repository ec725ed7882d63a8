package io.charter.training.api;

import io.charter.training.security.JobTokenIdentityProvider;
import io.charter.training.service.Conflicts;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.WorkerEvent;
import io.charter.training.service.WorkerService;
import io.charter.training.service.WorkerSpec;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The worker protocol's endpoints (docs/worker-protocol.md), reachable only with a job-scoped
 * token; user tokens are not accepted here.
 */
@Path("/api/v1/worker/jobs")
@RolesAllowed(JobTokenIdentityProvider.WORKER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worker protocol")
public class WorkerResource {

    @Inject
    WorkerService workers;

    @Inject
    JobDispatcher dispatcher;

    @GET
    @Path("/{id}")
    @Operation(summary = "The job's spec, for the worker of its current launch")
    public WorkerSpec spec(@PathParam("id") UUID id) {
        return workers.spec(id);
    }

    @POST
    @Path("/{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "START, HEARTBEAT (with metrics, progress, checkpoint), SUCCEED or FAIL; 409 with "
            + "fenced=true tells the worker to stop")
    public Response event(@PathParam("id") UUID id, WorkerEvent event) {
        WorkerService.Outcome outcome = Conflicts.retry(() -> workers.event(id, event));
        if (outcome.state().isTerminal()) {
            dispatcher.wake(); // a slot is free
        }
        if (outcome.acknowledged()) {
            return Response.ok(Map.of("state", outcome.state())).build();
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://charter.dev/problems/conflict");
        problem.put("title", "Conflict");
        problem.put("status", 409);
        problem.put("detail", outcome.reason());
        problem.put("fenced", outcome.fenced());
        problem.put("state", outcome.state());
        return Response.status(409).type("application/problem+json").entity(problem).build();
    }
}
