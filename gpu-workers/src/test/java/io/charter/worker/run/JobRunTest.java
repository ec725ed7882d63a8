package io.charter.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.charter.governance.eval.Evaluation;
import io.charter.governance.eval.EvaluationJson;
import io.charter.stack.Ports;
import io.charter.stack.S3Server;
import io.charter.worker.data.WorkerDataset;
import io.charter.worker.protocol.ProtocolJson;
import io.charter.worker.protocol.ServerClient;
import io.charter.worker.storage.ObjectStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole launches in-process against a real S3 server (s3proxy) and a JDK HTTP server that plays the
 * Charter server's worker API: it serves the spec, records every event and answers as told.
 */
class JobRunTest {

    private static final String BUCKET = "charter";
    private static final String ACCESS = "worker-test";
    private static final String SECRET = "worker-test-secret";
    private static final String TOKEN = "job-token-1";
    private static final String PREFIX = "t/p/runs/r1/";

    @TempDir
    Path dir;

    private S3Server s3;
    private HttpServer http;
    private ObjectStore store;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private volatile int eventStatus = 200;
    private volatile String eventAnswer = "{\"state\": \"RUNNING\"}";

    @BeforeEach
    void start() throws Exception {
        s3 = S3Server.start(dir.resolve("s3"), Ports.free(), ACCESS, SECRET);
        s3.ensureBucket(BUCKET);
        store = new ObjectStore(s3.endpoint(), null, ACCESS, SECRET, BUCKET);
        WorkerDataset data = WorkerDataset.binary(300, 11);
        store.put("t/p/datasets/d/data.csv", data.csv(), "text/csv");
        store.put("t/p/datasets/d/splits/s.bin", data.splitBytes(), "application/octet-stream");
        store.put("t/p/datasets/d/pipelines/f.json", data.pipelineJson().getBytes(StandardCharsets.UTF_8),
                "application/json");
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v1/worker/jobs/job-1", this::answer);
        http.start();
    }

    @AfterEach
    void stop() throws IOException {
        http.stop(0);
        store.close();
        s3.close();
    }

    @Test
    void trainsReportsAndUploadsEveryArtifact() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        int exit = launch(log);

        assertThat(exit).as(log.toString()).isEqualTo(ExitCode.SUCCESS);
        List<String> types = events.stream().map(e -> e.path("type").asText()).toList();
        assertThat(types.get(0)).isEqualTo("START");
        assertThat(types.get(types.size() - 1)).isEqualTo("SUCCEED");
        assertThat(types.subList(1, types.size() - 1)).isNotEmpty().containsOnly("HEARTBEAT");
        JsonNode start = events.get(0);
        assertThat(start.path("params").path("numRounds").asText()).isEqualTo("4");
        assertThat(start.path("tags").path("charter.library").asText()).startsWith("xgboost ");
        assertThat(start.path("tags").path("charter.worker.attempt").asText()).isEqualTo("1");
        assertThat(events).anySatisfy(e -> assertThat(e.path("metrics").size()).isPositive());
        assertThat(events).filteredOn(e -> e.has("checkpoint")).isNotEmpty().allSatisfy(e ->
                assertThat(e.path("checkpoint").path("key").asText()).startsWith(PREFIX + "checkpoints/attempt-1-"));
        JsonNode succeed = events.get(events.size() - 1);
        assertThat(succeed.path("progress").path("unit").asText()).isEqualTo("ROUND");
        assertThat(succeed.path("progress").path("total").asLong()).isEqualTo(4);
        assertThat(succeed.path("metrics").findValuesAsText("key")).contains("accuracy", "roc_auc");

        assertThat(store.list(PREFIX)).contains(PREFIX + "model/model.json", PREFIX + "classes.json",
                PREFIX + "pipeline.json", PREFIX + "evaluation.json", PREFIX + "metrics.json",
                PREFIX + "checkpoints/attempt-1-000002.ckpt");
        assertThat(read(PREFIX + "classes.json")).isEqualTo("[\"0\",\"1\"]");
        Evaluation evaluation = EvaluationJson.read(read(PREFIX + "evaluation.json"));
        assertThat(evaluation.fairness()).singleElement().satisfies(f -> assertThat(f.attribute()).isEqualTo("sex"));
        assertThat(evaluation.slices()).isNotNull();
        assertThat(log.toString()).contains("rows per role", "round 4:", "uploaded " + PREFIX + "evaluation.json")
                .doesNotContain(TOKEN, SECRET);
    }

    @Test
    void stopsWithoutSendingMoreWhenTheServerFencesTheLaunch() throws Exception {
        eventStatus = 409;
        eventAnswer = "{\"type\": \"about:blank\", \"status\": 409, \"fenced\": true}";

        int exit = launch(new ByteArrayOutputStream());

        assertThat(exit).isEqualTo(ExitCode.FENCED);
        assertThat(events).singleElement().satisfies(e -> assertThat(e.path("type").asText()).isEqualTo("START"));
    }

    private int launch(ByteArrayOutputStream log) throws IOException {
        URI server = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
        WorkerSettings settings = new WorkerSettings(server, "job-1", 1, TOKEN, s3.endpoint(), null, ACCESS, SECRET,
                BUCKET);
        Path work = Files.createDirectories(dir.resolve("work"));
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            return new JobRun(settings, new ServerClient(server, "job-1", TOKEN, Duration.ofSeconds(2)), store, work,
                    threads -> { }, out).run();
        }
    }

    private String read(String key) throws IOException {
        Path file = dir.resolve("read").resolve(key);
        store.download(key, file);
        return Files.readString(file);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body;
        int status;
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            body = "{}";
        } else if (exchange.getRequestMethod().equals("GET")) {
            status = 200;
            body = SPEC;
        } else {
            events.add(ProtocolJson.MAPPER.readTree(exchange.getRequestBody()));
            status = eventStatus;
            body = eventAnswer;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static final String SPEC = """
            {"jobId": "job-1", "type": "TRAIN", "attempt": 1, "runId": "r1", "task": "BINARY_CLASSIFICATION",
             "algorithm": {"algorithm": "xgboost", "hyperparameters": {"numRounds": 4, "maxDepth": 3}},
             "seed": 42, "threads": 1, "checkpointEvery": 2, "heartbeatSeconds": 1,
             "data": {"key": "t/p/datasets/d/data.csv", "delimiter": ",", "sha256": "x"},
             "split": {"key": "t/p/datasets/d/splits/s.bin", "fold": 0},
             "pipeline": {"key": "t/p/datasets/d/pipelines/f.json", "target": "label"},
             "positiveClass": "1", "protectedAttributes": ["sex"], "evaluateOn": "VALIDATION",
             "artifactPrefix": "t/p/runs/r1/", "resumeFrom": null, "model": null}
            """;
}
