package io.charter.worker.run;

import io.charter.governance.data.CsvRows;
import io.charter.governance.data.split.SplitAssignment;
import io.charter.governance.pipeline.FittedPipeline;
import io.charter.worker.data.RoleReader;
import io.charter.worker.protocol.JobSpec;
import io.charter.worker.storage.ObjectStore;
import io.charter.worker.training.Checkpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A job's inputs, downloaded once into the launch's work directory: the data CSV (read again from
 * the local file for every pass), the split assignment and the fitted pipeline (kept as the JSON
 * read, so {@code pipeline.json} is exactly the pipeline used).
 *
 * @param data         the local copy of the data CSV
 * @param split        the split assignment
 * @param pipeline     the fitted pipeline
 * @param pipelineJson its JSON as stored
 */
record JobInputs(CsvRows data, SplitAssignment split, FittedPipeline pipeline, String pipelineJson) {

    static JobInputs download(JobSpec spec, ObjectStore store, Path dir, PrintStream log) throws IOException {
        Path csv = dir.resolve("data.csv");
        Path splitFile = dir.resolve("split.bin");
        Path pipelineFile = dir.resolve("pipeline.json");
        store.download(spec.data().key(), csv);
        store.download(spec.split().key(), splitFile);
        store.download(spec.pipeline().key(), pipelineFile);
        log.printf("downloaded data (%,d bytes), split and pipeline%n", Files.size(csv));
        SplitAssignment split;
        try (InputStream in = Files.newInputStream(splitFile)) {
            split = SplitAssignment.readFrom(in);
        }
        String json = Files.readString(pipelineFile, StandardCharsets.UTF_8);
        CsvRows rows = CsvRows.of(() -> Files.newInputStream(csv), spec.data().delimiterChar());
        return new JobInputs(rows, split, FittedPipeline.fromJson(json), json);
    }

    RoleReader reader(int fold) {
        return new RoleReader(data, split, fold, pipeline);
    }

    /** The checkpoint stored under {@code key}, downloaded into {@code dir}. */
    static Checkpoint checkpoint(ObjectStore store, String key, Path dir) throws IOException {
        Path file = dir.resolve("resume.ckpt");
        store.download(key, file);
        try (InputStream in = Files.newInputStream(file)) {
            return Checkpoint.read(in);
        }
    }
}
