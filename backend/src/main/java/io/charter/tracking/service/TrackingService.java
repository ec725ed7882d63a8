package io.charter.tracking.service;

import io.charter.audit.service.AuditService;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.project.domain.Project;
import io.charter.project.domain.TaskType;
import io.charter.project.service.ProjectCommand;
import io.charter.project.service.ProjectService;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.tracking.domain.Experiment;
import io.charter.tracking.domain.Run;
import io.charter.tracking.domain.RunStatus;
import io.charter.tracking.service.TrackingCommands.Batch;
import io.charter.tracking.service.TrackingCommands.NewExperiment;
import io.charter.tracking.service.TrackingCommands.NewRun;
import io.charter.tracking.service.TrackingCommands.RunUpdate;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Experiments and runs (seed §4): the rules both Charter's API and the MLflow-compatible one
 * follow. Builders write, every role reads; another tenant's experiment or run does not exist.
 * Each write is audited in its transaction — one event per request, so a log-batch of a thousand
 * points is one event. MLflow's limits apply to every path.
 */
@ApplicationScoped
@Transactional
public class TrackingService {

    /** MLflow's log-batch limits. */
    public static final int MAX_BATCH_METRICS = 1000;
    public static final int MAX_BATCH_PARAMS = 100;
    public static final int MAX_BATCH_TAGS = 100;
    public static final int MAX_KEY = 250;
    public static final int MAX_PARAM_VALUE = 6000;
    public static final int MAX_TAG_VALUE = 8000;
    /** MLflow server's SEARCH_MAX_RESULTS_THRESHOLD: clients ask for up to this many runs per page. */
    public static final int MAX_RESULTS = 50_000;
    /** The tag that puts an experiment created through the MLflow API into a project. */
    public static final String PROJECT_TAG = "charter.project";
    static final String DEFAULT_PROJECT = "Default";
    public static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    @Inject
    CurrentUser user;

    @Inject
    ProjectService projects;

    @Inject
    AuditService audit;

    @Inject
    TrackingStore store;

    @Inject
    RunUpdates updates;

    // ---- experiments

    public ExperimentView createExperiment(UUID projectId, @NotNull @Valid NewExperiment command) {
        user.require("create experiments", Role.builders());
        projects.find(projectId);
        String name = command.name().strip();
        if (Experiment.count("name", name) > 0) {
            throw new CharterException(ErrorCode.CONFLICT, "An experiment named '" + name + "' already exists",
                    List.of(new FieldError("name", "already used")));
        }
        Experiment e = new Experiment();
        e.id = UUID.randomUUID();
        e.projectId = projectId;
        e.name = name;
        e.description = command.description();
        e.tags = command.tags() == null ? Map.of() : Map.copyOf(checkTags(command.tags()));
        e.createdAt = Timestamps.now();
        e.createdBy = user.name();
        e.updatedAt = e.createdAt;
        e.persist();
        ExperimentView view = ExperimentView.of(e);
        audit.record("experiment.create", "Experiment", e.id, view);
        return view;
    }

    /**
     * An experiment created through the MLflow API: in the project its {@code charter.project} tag
     * names (id or name), else in the tenant's "Default" project, made on first use.
     */
    public ExperimentView createMlflowExperiment(String name, Map<String, String> tags) {
        user.require("create experiments", Role.builders());
        String named = tags.get(PROJECT_TAG);
        UUID project = named == null ? defaultProject() : projectNamed(named);
        return createExperiment(project, new NewExperiment(name, null, tags));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ExperimentView> experiments(UUID projectId, PageQuery page) {
        projects.find(projectId);
        var query = page.q() == null ? Experiment.find("projectId", page.sort(), projectId)
                : Experiment.find("projectId = ?1 and lower(name) like ?2 escape '\\'", page.sort(), projectId,
                page.likePattern());
        List<ExperimentView> items = query.page(page.page(), page.size()).<Experiment>list().stream()
                .map(ExperimentView::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    /** The tenant's experiments whose name matches a LIKE pattern (null: all), for MLflow's search. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExperimentView> searchExperiments(String nameLike, boolean deleted, int offset, int limit) {
        user.tenant();
        String stage = deleted ? Experiment.DELETED : Experiment.ACTIVE;
        var query = nameLike == null ? Experiment.find("lifecycleStage", Sort.by("createdAt").and("id"), stage)
                : Experiment.find("lifecycleStage = ?1 and name like ?2", Sort.by("createdAt").and("id"), stage,
                nameLike);
        return query.range(offset, offset + limit - 1).<Experiment>list().stream().map(ExperimentView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExperimentView experiment(UUID id) {
        return ExperimentView.of(findExperiment(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExperimentView experimentByName(String name) {
        user.tenant();
        Experiment e = Experiment.<Experiment>find("name", name).firstResult();
        if (e == null) {
            throw CharterException.notFound("Experiment", "'" + name + "'");
        }
        return ExperimentView.of(e);
    }

    // ---- runs

    public RunView createRun(UUID experimentId, @Valid NewRun command) {
        user.require("create runs", Role.builders());
        Experiment e = findExperiment(experimentId);
        if (!Experiment.ACTIVE.equals(e.lifecycleStage)) {
            throw CharterException.conflict("Experiment " + e.id + " is deleted");
        }
        Run r = new Run();
        r.id = UUID.randomUUID();
        r.experimentId = e.id;
        r.name = command == null || command.name() == null || command.name().isBlank()
                ? "run-" + r.id.toString().substring(0, 8) : command.name().strip();
        r.status = RunStatus.RUNNING;
        r.startTime = command == null || command.startTime() == null ? System.currentTimeMillis()
                : command.startTime();
        r.userId = user.name();
        r.persist();
        if (command != null && command.tags() != null) {
            store.putTags(r.id, checkTags(command.tags()));
        }
        RunView view = view(r);
        audit.record("run.create", "Run", r.id, Map.of("experiment", e.id, "name", r.name));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RunView run(UUID id) {
        return view(findRun(id));
    }

    public RunView updateRun(UUID id, RunUpdate update) {
        user.require("update runs", Role.builders());
        Run r = findRun(id);
        if (update.status() != null) {
            r.status = update.status();
            if (update.status().terminal() && update.endTime() == null && r.endTime == null) {
                r.endTime = System.currentTimeMillis();
            }
        }
        if (update.endTime() != null) {
            r.endTime = update.endTime();
        }
        if (update.name() != null && !update.name().isBlank()) {
            r.name = update.name().strip();
        }
        audit.record("run.update", "Run", r.id, Map.of("status", r.status, "name", r.name));
        updates.changed(r.id);
        return view(r);
    }

    public void deleteRun(UUID id) {
        user.require("delete runs", Role.builders());
        Run r = findRun(id);
        r.lifecycleStage = Experiment.DELETED;
        audit.record("run.delete", "Run", r.id, Map.of("experiment", r.experimentId));
    }

    /** 400 naming every field of {@code batch} beyond MLflow's limits (counts, key syntax, value lengths). */
    public static void checkBatch(Batch batch) {
        List<MetricPoint> metrics = batch.metrics() == null ? List.of() : batch.metrics();
        Map<String, String> params = batch.params() == null ? Map.of() : batch.params();
        Map<String, String> tags = batch.tags() == null ? Map.of() : batch.tags();
        List<FieldError> problems = new ArrayList<>();
        limit(problems, "metrics", metrics.size(), MAX_BATCH_METRICS);
        limit(problems, "params", params.size(), MAX_BATCH_PARAMS);
        limit(problems, "tags", tags.size(), MAX_BATCH_TAGS);
        for (int i = 0; i < metrics.size(); i++) {
            key(problems, "metrics[" + i + "].key", metrics.get(i).key());
        }
        params.forEach((k, v) -> {
            key(problems, "params." + k, k);
            value(problems, "params." + k, v, MAX_PARAM_VALUE);
        });
        tags.forEach((k, v) -> {
            key(problems, "tags." + k, k);
            value(problems, "tags." + k, v, MAX_TAG_VALUE);
        });
        if (!problems.isEmpty()) {
            throw CharterException.invalid(problems);
        }
    }

    /** Params, tags and metric points in one call, each checked against MLflow's limits first. */
    public void logBatch(UUID id, Batch batch) {
        user.require("log to runs", Role.builders());
        checkBatch(batch);
        List<MetricPoint> metrics = batch.metrics() == null ? List.of() : batch.metrics();
        Map<String, String> params = batch.params() == null ? Map.of() : batch.params();
        Map<String, String> tags = batch.tags() == null ? Map.of() : batch.tags();
        Run r = findRun(id);
        store.putParams(r.id, params);
        store.putTags(r.id, tags);
        store.logMetrics(r.id, metrics);
        audit.record("run.log", "Run", r.id, Map.of("metrics", metrics.size(), "params", params.keySet(),
                "tags", tags.keySet()));
    }

    public void deleteTag(UUID id, String key) {
        user.require("log to runs", Role.builders());
        Run r = findRun(id);
        store.deleteTag(r.id, key);
        audit.record("run.tag.delete", "Run", r.id, Map.of("key", key));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MetricPoint> history(UUID runId, String key) {
        Run r = findRun(runId);
        return store.history(r.id, key);
    }

    /**
     * Runs of the experiments matching an MLflow filter, in the requested order; the page token is
     * opaque to clients (an offset).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RunPage searchRuns(Collection<UUID> experimentIds, String filter, List<String> orderBy, boolean deleted,
                              int maxResults, String pageToken) {
        if (experimentIds.isEmpty()) {
            throw CharterException.invalid("experiment_ids", "name at least one experiment");
        }
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw CharterException.invalid("max_results", "must be between 1 and " + MAX_RESULTS + ", but is "
                    + maxResults);
        }
        for (UUID id : experimentIds) {
            findExperiment(id); // 404 for another tenant's, before anything is searched
        }
        List<RunFilter.Clause> clauses;
        List<RunOrder.Key> order;
        try {
            clauses = RunFilter.parse(filter);
            order = RunOrder.parse(orderBy);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("order_by") ? "order_by" : "filter";
            throw CharterException.invalid(field, e.getMessage().substring(e.getMessage().indexOf(':') + 2));
        }
        int offset = offset(pageToken);
        List<UUID> ids = store.search(user.tenant(), experimentIds, deleted ? Experiment.DELETED : Experiment.ACTIVE,
                clauses, order, offset, maxResults + 1);
        boolean more = ids.size() > maxResults;
        List<UUID> page = more ? ids.subList(0, maxResults) : ids;
        return new RunPage(views(page), more ? token(offset + maxResults) : null);
    }

    /** A slice of an experiment's active runs by offset, for a lazily scrolled table. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RunView> runs(UUID experimentId, String filter, List<String> orderBy, int offset, int limit) {
        RunPage first = searchRuns(List.of(experimentId), filter, orderBy, false, Math.max(1, Math.min(limit,
                MAX_RESULTS)), offset == 0 ? null : token(offset));
        return first.runs();
    }

    /** The metric and param keys used by an experiment's runs (at most 200 each), for choosing columns. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<String>> keys(UUID experimentId) {
        Experiment e = findExperiment(experimentId);
        return Map.of("metrics", store.keys(user.tenant(), e.id, "run_latest_metric"),
                "params", store.keys(user.tenant(), e.id, "run_param"));
    }

    // ---- lookups

    public Experiment findExperiment(UUID id) {
        user.tenant();
        Experiment e = Experiment.findById(id);
        if (e == null) {
            throw CharterException.notFound("Experiment", id);
        }
        return e;
    }

    public Run findRun(UUID id) {
        user.tenant();
        Run r = Run.findById(id);
        if (r == null) {
            throw CharterException.notFound("Run", id);
        }
        return r;
    }

    private RunView view(Run r) {
        return views(List.of(r.id)).get(0);
    }

    private List<RunView> views(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Run> runs = Run.<Run>list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id,
                Function.identity()));
        Map<UUID, Map<String, String>> params = store.params(ids);
        Map<UUID, Map<String, String>> tags = store.tags(ids);
        Map<UUID, Map<String, MetricPoint>> metrics = store.latestMetrics(ids);
        List<RunView> views = new ArrayList<>();
        for (UUID id : ids) {
            Run r = runs.get(id);
            views.add(new RunView(r.id, r.experimentId, r.name, r.status, r.lifecycleStage, r.startTime, r.endTime,
                    r.userId, params.getOrDefault(id, Map.of()), tags.getOrDefault(id, Map.of()),
                    metrics.getOrDefault(id, Map.of()), new RunView.Lineage(r.datasetId, r.versionSha256, r.splitId,
                    r.pipelineFitId, r.jobId, r.parentStudyId)));
        }
        return views;
    }

    private UUID defaultProject() {
        Project p = Project.<Project>find("lower(name)", DEFAULT_PROJECT.toLowerCase()).firstResult();
        if (p != null) {
            return p.id;
        }
        return projects.create(new ProjectCommand(DEFAULT_PROJECT, "Experiments logged through the MLflow API "
                + "without a " + PROJECT_TAG + " tag", null, TaskType.BINARY_CLASSIFICATION, List.of(), null, null,
                null, List.of(), null, null, null)).id();
    }

    private UUID projectNamed(String idOrName) {
        try {
            return projects.find(UUID.fromString(idOrName)).id;
        } catch (IllegalArgumentException notAnId) {
            Project p = Project.<Project>find("lower(name)", idOrName.strip().toLowerCase()).firstResult();
            if (p == null) {
                throw CharterException.invalid("tags." + PROJECT_TAG, "names no project of yours: '" + idOrName + "'");
            }
            return p.id;
        }
    }

    private static Map<String, String> checkTags(Map<String, String> tags) {
        List<FieldError> problems = new ArrayList<>();
        limit(problems, "tags", tags.size(), MAX_BATCH_TAGS);
        tags.forEach((k, v) -> {
            key(problems, "tags." + k, k);
            value(problems, "tags." + k, v, MAX_TAG_VALUE);
        });
        if (!problems.isEmpty()) {
            throw CharterException.invalid(problems);
        }
        return new LinkedHashMap<>(tags);
    }

    private static void limit(List<FieldError> problems, String field, int size, int max) {
        if (size > max) {
            problems.add(new FieldError(field, "at most " + max + " per request, but got " + size));
        }
    }

    private static void key(List<FieldError> problems, String field, String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            problems.add(new FieldError(field, "key must be 1 to " + MAX_KEY + " characters"));
        }
    }

    private static void value(List<FieldError> problems, String field, String value, int max) {
        if (value == null || value.length() > max) {
            problems.add(new FieldError(field, "value must be present and at most " + max + " characters"));
        }
    }

    private static int offset(String token) {
        if (token == null || token.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw CharterException.invalid("page_token", "is not a token this server issued");
        }
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(offset)
                .getBytes(StandardCharsets.UTF_8));
    }
}
