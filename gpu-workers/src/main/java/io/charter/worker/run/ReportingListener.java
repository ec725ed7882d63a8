package io.charter.worker.run;

import io.charter.worker.storage.ObjectStore;
import io.charter.worker.training.Checkpoint;
import io.charter.worker.training.Metric;
import io.charter.worker.training.TrainingListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Forwards what the training reports: metrics to the {@link Reporter} (batched there) and one log
 * line per epoch or round; checkpoints are uploaded first and then reported, as the protocol asks,
 * so the server never remembers a checkpoint that is not stored. Runs on the training thread: a
 * fenced launch or an unreachable server surfaces here and stops the training.
 */
final class ReportingListener implements TrainingListener {

    private final Reporter reporter;
    private final ObjectStore store;
    private final String artifactPrefix;
    private final int attempt;
    private final PrintStream log;
    private final StringBuilder line = new StringBuilder();
    private String lineStep;

    ReportingListener(Reporter reporter, ObjectStore store, String artifactPrefix, int attempt, PrintStream log) {
        this.reporter = reporter;
        this.store = store;
        this.artifactPrefix = artifactPrefix;
        this.attempt = attempt;
        this.log = log;
    }

    @Override
    public void onMetric(Metric metric) {
        String step = metric.unit().name().toLowerCase(Locale.ROOT) + " " + metric.step();
        if (!step.equals(lineStep)) {
            finishLine();
            lineStep = step;
            line.append(step).append(':');
        }
        line.append(String.format(Locale.ROOT, " %s=%.6g", metric.name(), metric.value()));
        reporter.metric(metric);
    }

    @Override
    public void onCheckpoint(Checkpoint checkpoint) {
        String key = CheckpointKeys.key(artifactPrefix, attempt, checkpoint.completed());
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            checkpoint.write(bytes);
            store.put(key, bytes.toByteArray(), "application/octet-stream");
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint could not be uploaded to " + key, e);
        }
        finishLine();
        log.println("checkpoint " + checkpoint.unit().name().toLowerCase(Locale.ROOT) + " " + checkpoint.completed()
                + " uploaded to " + key);
        reporter.checkpoint(checkpoint, key);
    }

    /** Prints the last step's line, if any. */
    void finishLine() {
        if (!line.isEmpty()) {
            log.println(line);
            line.setLength(0);
        }
        lineStep = null;
    }
}
