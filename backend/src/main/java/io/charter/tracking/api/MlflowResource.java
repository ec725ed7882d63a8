package io.charter.tracking.api;

import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.tenancy.CurrentUser;
import io.charter.tracking.api.MlflowJson.KeyValue;
import io.charter.tracking.domain.RunStatus;
import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.RunPage;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingCommands.Batch;
import io.charter.tracking.service.TrackingCommands.NewRun;
import io.charter.tracking.service.TrackingCommands.RunUpdate;
import io.charter.tracking.service.TrackingService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * MLflow Tracking REST API 2.0 compatibility, so that MLflow's own clients (Python
 * {@code mlflow}, Java {@code mlflow-client}) log to Charter with {@code MLFLOW_TRACKING_URI}
 * set to the server and {@code MLFLOW_TRACKING_TOKEN} to a Charter bearer token. The same
 * service rules as Charter's own API apply; errors come back in MLflow's shape
 * ({@code error_code}, {@code message}), another tenant's ids as RESOURCE_DOES_NOT_EXIST.
 */
@Path("/api/2.0/mlflow")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "MLflow compatibility")
public class MlflowResource {

    private static final Pattern NAME_FILTER = Pattern.compile(
            "\\s*(?:attribute\\.)?name\\s*(=|LIKE|ILIKE)\\s*'([^']*)'\\s*", Pattern.CASE_INSENSITIVE);

    @Inject
    TrackingService tracking;

    @Inject
    ArtifactStore store;

    @Inject
    CurrentUser user;

    // ---- experiments

    @POST
    @Path("/experiments/create")
    @Operation(summary = "MLflow: create an experiment (tag charter.project picks the project)")
    public Map<String, String> createExperiment(MlflowJson.CreateExperiment request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw CharterException.invalid("name", "is required");
        }
        ExperimentView e = tracking.createMlflowExperiment(request.name(), map(request.tags()));
        return Map.of("experiment_id", e.id().toString());
    }

    @GET
    @Path("/experiments/get")
    public Map<String, Object> getExperiment(@QueryParam("experiment_id") String id) {
        return Map.of("experiment", experiment(tracking.experiment(uuid("experiment_id", id))));
    }

    @GET
    @Path("/experiments/get-by-name")
    public Map<String, Object> getExperimentByName(@QueryParam("experiment_name") String name) {
        if (name == null || name.isBlank()) {
            throw CharterException.invalid("experiment_name", "is required");
        }
        return Map.of("experiment", experiment(tracking.experimentByName(name)));
    }

    @POST
    @Path("/experiments/search")
    public Map<String, Object> searchExperiments(MlflowJson.SearchExperiments request) {
        MlflowJson.SearchExperiments r = request == null ? new MlflowJson.SearchExperiments(null, null, null, null)
                : request;
        String like = null;
        if (r.filter() != null && !r.filter().isBlank()) {
            Matcher m = NAME_FILTER.matcher(r.filter());
            if (!m.matches()) {
                throw CharterException.invalid("filter", "experiments can be filtered by name = '...' or name LIKE "
                        + "'...', but got " + r.filter());
            }
            like = m.group(1).equals("=") ? m.group(2).replace("%", "\\%") : m.group(2);
        }
        int max = r.maxResults() == null ? 1000 : r.maxResults();
        int offset = offset(r.pageToken());
        boolean deleted = "DELETED_ONLY".equalsIgnoreCase(r.viewType());
        List<ExperimentView> found = tracking.searchExperiments(like, deleted, offset, max + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("experiments", found.stream().limit(max).map(this::experiment).toList());
        if (found.size() > max) {
            body.put("next_page_token", String.valueOf(offset + max));
        }
        return body;
    }

    @GET
    @Path("/experiments/search")
    public Map<String, Object> searchExperimentsGet(@QueryParam("max_results") Integer maxResults,
                                                    @QueryParam("page_token") String pageToken,
                                                    @QueryParam("filter") String filter,
                                                    @QueryParam("view_type") String viewType) {
        return searchExperiments(new MlflowJson.SearchExperiments(maxResults, pageToken, filter, viewType));
    }

    // ---- runs

    @POST
    @Path("/runs/create")
    public Map<String, Object> createRun(MlflowJson.CreateRun request) {
        if (request == null) {
            throw CharterException.invalid("experiment_id", "is required");
        }
        RunView run = tracking.createRun(uuid("experiment_id", request.experimentId()),
                new NewRun(request.runName(), request.startTime(), map(request.tags())));
        return Map.of("run", run(run));
    }

    @GET
    @Path("/runs/get")
    public Map<String, Object> getRun(@QueryParam("run_id") String runId, @QueryParam("run_uuid") String runUuid) {
        return Map.of("run", run(tracking.run(uuid("run_id", runId != null ? runId : runUuid))));
    }

    @POST
    @Path("/runs/update")
    public Map<String, Object> updateRun(MlflowJson.RunRequest request) {
        RunStatus status = request.status() == null ? null : status(request.status());
        RunView run = tracking.updateRun(runId(request), new RunUpdate(status, request.endTime(), request.runName()));
        return Map.of("run_info", MlflowJson.RunInfo.of(run, artifactUri(run)));
    }

    @POST
    @Path("/runs/delete")
    public Map<String, Object> deleteRun(MlflowJson.RunRequest request) {
        tracking.deleteRun(runId(request));
        return Map.of();
    }

    @POST
    @Path("/runs/search")
    public Map<String, Object> searchRuns(MlflowJson.SearchRuns request) {
        if (request == null || request.experimentIds() == null) {
            throw CharterException.invalid("experiment_ids", "name at least one experiment");
        }
        List<UUID> experiments = request.experimentIds().stream().map(id -> uuid("experiment_ids", id)).toList();
        boolean deleted = "DELETED_ONLY".equalsIgnoreCase(request.runViewType());
        RunPage page = tracking.searchRuns(experiments, request.filter(), request.orderBy(), deleted,
                request.maxResults() == null ? 1000 : request.maxResults(), request.pageToken());
        Map<String, Object> body = new LinkedHashMap<>();
        // one experiment lookup per experiment, not per run: a page may hold thousands of runs
        Map<UUID, UUID> projects = new java.util.HashMap<>();
        body.put("runs", page.runs().stream().map(r -> MlflowJson.Run.of(r, artifactUri(r, projects.computeIfAbsent(
                r.experimentId(), e -> tracking.experiment(e).projectId())))).toList());
        if (page.nextPageToken() != null) {
            body.put("next_page_token", page.nextPageToken());
        }
        return body;
    }

    @POST
    @Path("/runs/log-metric")
    public Map<String, Object> logMetric(MlflowJson.RunRequest request) {
        if (request.key() == null || request.value() == null && request.metrics() == null) {
            throw CharterException.invalid("value", "a metric needs key and value");
        }
        double value = parseMetricValue(request.value());
        tracking.logBatch(runId(request), new Batch(List.of(new MetricPoint(request.key(), value,
                request.timestamp() == null ? System.currentTimeMillis() : request.timestamp(),
                request.step() == null ? 0 : request.step())), null, null));
        return Map.of();
    }

    @POST
    @Path("/runs/log-parameter")
    public Map<String, Object> logParameter(MlflowJson.RunRequest request) {
        tracking.logBatch(runId(request), new Batch(null, Map.of(require("key", request.key()),
                require("value", request.value())), null));
        return Map.of();
    }

    @POST
    @Path("/runs/set-tag")
    public Map<String, Object> setTag(MlflowJson.RunRequest request) {
        tracking.logBatch(runId(request), new Batch(null, null, Map.of(require("key", request.key()),
                require("value", request.value()))));
        return Map.of();
    }

    @POST
    @Path("/runs/delete-tag")
    public Map<String, Object> deleteTag(MlflowJson.RunRequest request) {
        tracking.deleteTag(runId(request), require("key", request.key()));
        return Map.of();
    }

    @POST
    @Path("/runs/log-batch")
    public Map<String, Object> logBatch(MlflowJson.RunRequest request) {
        List<MetricPoint> metrics = new ArrayList<>();
        if (request.metrics() != null) {
            long now = System.currentTimeMillis();
            for (MlflowJson.Metric m : request.metrics()) {
                if (m.key() == null || m.value() == null) {
                    throw CharterException.invalid("metrics", "every metric needs key and value");
                }
                metrics.add(new MetricPoint(m.key(), m.value(), m.timestamp() == null ? now : m.timestamp(),
                        m.step() == null ? 0 : m.step()));
            }
        }
        tracking.logBatch(runId(request), new Batch(metrics, map(request.params()), map(request.tags())));
        return Map.of();
    }

    @GET
    @Path("/metrics/get-history")
    public Map<String, Object> metricHistory(@QueryParam("run_id") String runId, @QueryParam("run_uuid") String runUuid,
                                             @QueryParam("metric_key") String key) {
        List<MlflowJson.Metric> points = tracking.history(uuid("run_id", runId != null ? runId : runUuid),
                require("metric_key", key)).stream().map(MlflowJson::metric).toList();
        return Map.of("metrics", points);
    }

    @GET
    @Path("/artifacts/list")
    public Map<String, Object> listArtifacts(@QueryParam("run_id") String runId, @QueryParam("run_uuid") String runUuid,
                                             @QueryParam("path") String path) {
        RunView run = tracking.run(uuid("run_id", runId != null ? runId : runUuid));
        String prefix = runPrefix(run);
        String sub = path == null || path.isBlank() ? "" : path.replaceAll("^/+", "").replaceAll("/*$", "/");
        if (sub.contains("..")) {
            throw CharterException.invalid("path", "must stay inside the run's artifacts");
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (ArtifactStore.Listed f : store.list(prefix + sub, 1000)) {
            files.add(Map.of("path", sub + f.path(), "is_dir", false, "file_size", f.size()));
        }
        return Map.of("root_uri", store.uri(prefix), "files", files);
    }

    // ---- MLflow's error shape for everything this resource throws

    @ServerExceptionMapper
    public Response mlflowError(CharterException e) {
        String code = switch (e.code()) {
            case NOT_FOUND -> "RESOURCE_DOES_NOT_EXIST";
            case CONFLICT -> "RESOURCE_ALREADY_EXISTS";
            case FORBIDDEN -> "PERMISSION_DENIED";
            case UNAUTHENTICATED -> "UNAUTHENTICATED";
            case INTERNAL -> "INTERNAL_ERROR";
            default -> "INVALID_PARAMETER_VALUE";
        };
        int status = switch (e.code()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case INTERNAL -> 500;
            default -> 400;
        };
        String detail = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).field() + ": "
                + e.errors().get(0).message();
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new MlflowJson.Error(code, detail))
                .build();
    }

    @ServerExceptionMapper
    public Response mlflowBadRequest(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = status == 404 ? "ENDPOINT_NOT_FOUND" : status == 401 ? "UNAUTHENTICATED"
                : status == 403 ? "PERMISSION_DENIED" : "INVALID_PARAMETER_VALUE";
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new MlflowJson.Error(code, e.getMessage())).build();
    }

    // ---- helpers

    private MlflowJson.Experiment experiment(ExperimentView e) {
        return MlflowJson.Experiment.of(e, store.uri(user.tenant() + "/" + e.projectId() + "/runs/"));
    }

    private MlflowJson.Run run(RunView r) {
        return MlflowJson.Run.of(r, artifactUri(r));
    }

    private String artifactUri(RunView r) {
        return store.uri(runPrefix(r));
    }

    private String artifactUri(RunView r, UUID project) {
        return store.uri(ArtifactKeys.runPrefix(user.tenant(), project, r.id()));
    }

    private String runPrefix(RunView r) {
        return ArtifactKeys.runPrefix(user.tenant(), tracking.experiment(r.experimentId()).projectId(), r.id());
    }

    private static UUID runId(MlflowJson.RunRequest request) {
        if (request == null) {
            throw CharterException.invalid("run_id", "is required");
        }
        return uuid("run_id", request.id());
    }

    /** A malformed id cannot name anything: MLflow answers such ids as not existing. */
    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CharterException.invalid(field, "is required");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new CharterException(ErrorCode.NOT_FOUND, "No " + field.replace("_id", "").replace("_ids", "")
                    + " with id '" + value + "'");
        }
    }

    private static int offset(String pageToken) {
        try {
            int offset = pageToken == null || pageToken.isBlank() ? 0 : Integer.parseInt(pageToken.strip());
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw CharterException.invalid("page_token", "is not a token this server issued");
        }
    }

    private static String require(String field, String value) {
        if (value == null) {
            throw CharterException.invalid(field, "is required");
        }
        return value;
    }

    private static double parseMetricValue(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw CharterException.invalid("value", "must be a number, but is '" + value + "'");
        }
    }

    private static RunStatus status(String value) {
        try {
            return RunStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CharterException.invalid("status", "must be one of RUNNING, SCHEDULED, FINISHED, FAILED, KILLED");
        }
    }

    private static Map<String, String> map(List<KeyValue> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        if (pairs != null) {
            for (KeyValue kv : pairs) {
                if (kv.key() == null || kv.value() == null) {
                    throw CharterException.invalid("tags", "every entry needs key and value");
                }
                map.put(kv.key(), kv.value());
            }
        }
        return map;
    }
}
