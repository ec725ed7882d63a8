package io.charter.training.api;

import io.charter.common.error.CharterException;
import io.charter.governance.eval.TaskType;
import io.charter.training.service.TrainingJobService;
import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.Hyperparameter;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The algorithm catalog: what a TRAIN job may name, with each hyperparameter's type, range and default. */
@Path("/api/v1/algorithms")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class AlgorithmResource {

    @Inject
    TrainingJobService jobs;

    /** One algorithm as clients read it. */
    public record AlgorithmView(String name, String library, Set<?> tasks, String summary, boolean acceptsMissing,
                                List<HyperparameterView> hyperparameters) {
    }

    /** One hyperparameter: the bounds are null when open. */
    public record HyperparameterView(String name, String kind, Object defaultValue, List<String> choices, Double min,
                                     Boolean minInclusive, Double max, Boolean maxInclusive, String onlyWith,
                                     List<Object> onlyWithValues, String description) {
    }

    @GET
    @Operation(summary = "Every algorithm with its tasks and hyperparameters; with task=…, only the algorithms "
            + "for that task, with that task's defaults and choices")
    public List<AlgorithmView> list(@QueryParam("task") String task) {
        TaskType type = task == null || task.isBlank() ? null : task(task);
        return jobs.algorithms().stream().filter(d -> type == null || d.tasks().contains(type))
                .map(d -> view(d, type)).toList();
    }

    static AlgorithmView view(AlgorithmDefinition d, TaskType task) {
        return new AlgorithmView(d.name(), d.library(), d.tasks(), d.summary(), d.acceptsMissing(),
                d.hyperparameters().stream().filter(h -> task == null || h.onlyFor().isEmpty()
                        || h.onlyFor().contains(task)).map(h -> view(h, task)).toList());
    }

    private static TaskType task(String value) {
        try {
            return TaskType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CharterException.invalid("task", "must be one of " + List.of(TaskType.values()) + ", but is '"
                    + value + "'");
        }
    }

    private static HyperparameterView view(Hyperparameter h, TaskType task) {
        return new HyperparameterView(h.name(), h.kind().name(), h.defaultFor(task), h.choicesFor(task),
                h.lower() == null ? null : h.lower().value(), h.lower() == null ? null : h.lower().inclusive(),
                h.upper() == null ? null : h.upper().value(), h.upper() == null ? null : h.upper().inclusive(),
                h.onlyWith(), h.onlyWithValues(), h.description());
    }
}
