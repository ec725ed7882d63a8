package io.charter.study.api;

import io.charter.study.service.StudyDriver;
import io.charter.study.service.StudyService;
import io.charter.study.service.StudyView;
import io.charter.study.service.TrialView;
import io.charter.training.service.Conflicts;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.TrainingJobView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One study: reading it, its trials and analyses; stopping, resuming; training a trial's final model. */
@Path("/api/v1/studies/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies")
public class StudyResource {

    /** What the study page plots beside the trials. */
    public record Analysis(Map<String, Double> importance, List<Integer> paretoFront) {
    }

    @Inject
    StudyService studies;

    @Inject
    StudyDriver driver;

    @Inject
    JobDispatcher dispatcher;

    @GET
    @Operation(summary = "The study: spec, state, trial counts, best trial, elapsed time and ETA")
    public StudyView get(@PathParam("id") UUID id) {
        return studies.get(id);
    }

    @GET
    @Path("/trials")
    @Operation(summary = "Every trial in order: params, state, value, feasibility, intermediate values, pruning rung, "
            + "job and run")
    public List<TrialView> trials(@PathParam("id") UUID id) {
        return studies.trials(id);
    }

    @GET
    @Path("/analysis")
    @Operation(summary = "Parameter importance (first-order functional ANOVA on the trials) and, for NAS, the "
            + "trial numbers on the Pareto front of objective vs cost")
    public Analysis analysis(@PathParam("id") UUID id) {
        return new Analysis(studies.importance(id), studies.paretoFront(id));
    }

    @POST
    @Path("/stop")
    @Operation(summary = "Stop: no new trials, running ones cancelled (not counted against the budget); 409 unless "
            + "RUNNING")
    public StudyView stop(@PathParam("id") UUID id) {
        // the running trials' jobs may be changing under their workers' events: retry on the fresh rows
        StudyView view = Conflicts.retry(() -> studies.stop(id));
        dispatcher.wake(); // the cancelled trials' slots go to other queued jobs
        return view;
    }

    @POST
    @Path("/resume")
    @Operation(summary = "Resume a STOPPED study where it was; 409 unless STOPPED")
    public StudyView resume(@PathParam("id") UUID id) {
        StudyView view = Conflicts.retry(() -> studies.resume(id));
        driver.wake();
        return view;
    }

    @POST
    @Path("/trials/{number}/train")
    @Operation(summary = "Train a final model with this trial's hyperparameters: 201 with the queued TRAIN job")
    public Response trainFinal(@PathParam("id") UUID id, @PathParam("number") int number, @Context UriInfo uri) {
        TrainingJobView job = studies.trainFinal(id, number);
        dispatcher.wake();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/jobs").path(job.id().toString()).build())
                .entity(job).build();
    }
}
