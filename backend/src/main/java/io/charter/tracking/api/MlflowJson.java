package io.charter.tracking.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.RunView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of MLflow's Tracking REST API 2.0 (its protobuf messages in JSON form, snake
 * case). Requests ignore fields Charter does not use, as MLflow's server does; int64 fields may
 * arrive as strings (protobuf's JSON mapping) and are read either way.
 */
final class MlflowJson {

    private MlflowJson() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeyValue(String key, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Metric(String key, Double value, Long timestamp, Long step) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreateExperiment(String name, @JsonProperty("artifact_location") String artifactLocation,
                            List<KeyValue> tags) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchExperiments(@JsonProperty("max_results") Integer maxResults,
                             @JsonProperty("page_token") String pageToken, String filter,
                             @JsonProperty("view_type") String viewType) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreateRun(@JsonProperty("experiment_id") String experimentId, @JsonProperty("run_name") String runName,
                     @JsonProperty("start_time") Long startTime, List<KeyValue> tags) {
    }

    /** Every request that names a run: MLflow clients send {@code run_id}, older ones {@code run_uuid}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RunRequest(@JsonProperty("run_id") String runId, @JsonProperty("run_uuid") String runUuid,
                      String status, @JsonProperty("end_time") Long endTime, @JsonProperty("run_name") String runName,
                      String key, String value, @JsonProperty("timestamp") Long timestamp, Long step,
                      List<Metric> metrics, List<KeyValue> params, List<KeyValue> tags) {

        String id() {
            return runId != null && !runId.isBlank() ? runId : runUuid;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchRuns(@JsonProperty("experiment_ids") List<String> experimentIds, String filter,
                      @JsonProperty("run_view_type") String runViewType, @JsonProperty("max_results") Integer maxResults,
                      @JsonProperty("order_by") List<String> orderBy, @JsonProperty("page_token") String pageToken) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Experiment(@JsonProperty("experiment_id") String experimentId, String name,
                      @JsonProperty("artifact_location") String artifactLocation,
                      @JsonProperty("lifecycle_stage") String lifecycleStage,
                      @JsonProperty("creation_time") long creationTime,
                      @JsonProperty("last_update_time") long lastUpdateTime, List<KeyValue> tags) {

        static Experiment of(ExperimentView e, String artifactLocation) {
            return new Experiment(e.id().toString(), e.name(), artifactLocation, e.lifecycleStage(),
                    e.createdAt().toEpochMilli(), e.updatedAt().toEpochMilli(), pairs(e.tags()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunInfo(@JsonProperty("run_id") String runId, @JsonProperty("run_uuid") String runUuid,
                   @JsonProperty("run_name") String runName, @JsonProperty("experiment_id") String experimentId,
                   @JsonProperty("user_id") String userId, String status, @JsonProperty("start_time") long startTime,
                   @JsonProperty("end_time") Long endTime, @JsonProperty("artifact_uri") String artifactUri,
                   @JsonProperty("lifecycle_stage") String lifecycleStage) {

        static RunInfo of(RunView r, String artifactUri) {
            return new RunInfo(r.id().toString(), r.id().toString(), r.name(), r.experimentId().toString(), r.userId(),
                    r.status().name(), r.startTime(), r.endTime(), artifactUri, r.lifecycleStage());
        }
    }

    record RunData(List<Metric> metrics, List<KeyValue> params, List<KeyValue> tags) {
    }

    record Run(RunInfo info, RunData data) {

        static Run of(RunView r, String artifactUri) {
            List<Metric> metrics = r.metrics().values().stream().map(MlflowJson::metric).toList();
            Map<String, String> tags = new java.util.TreeMap<>(r.tags());
            tags.putIfAbsent("mlflow.runName", r.name());
            return new Run(RunInfo.of(r, artifactUri), new RunData(metrics, pairs(r.params()), pairs(tags)));
        }
    }

    static Metric metric(MetricPoint p) {
        return new Metric(p.key(), p.value(), p.timestamp(), p.step());
    }

    static List<KeyValue> pairs(Map<String, String> map) {
        List<KeyValue> list = new ArrayList<>();
        map.forEach((k, v) -> list.add(new KeyValue(k, v)));
        return list;
    }

    /** MLflow's error body. */
    record Error(@JsonProperty("error_code") String errorCode, String message) {
    }
}
