package io.charter.worker.data;

import io.charter.governance.data.CsvRows;
import io.charter.governance.data.split.SplitAssignment;
import io.charter.governance.data.split.SplitMethod;
import io.charter.governance.data.split.SplitPlanner;
import io.charter.governance.data.split.SplitRole;
import io.charter.governance.data.split.SplitSpec;
import io.charter.governance.pipeline.FittedPipeline;
import io.charter.governance.pipeline.PipelineFitter;
import io.charter.governance.pipeline.PipelineSpec;
import io.charter.worker.protocol.ProtocolJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A small synthetic binary dataset as the server stores it: a CSV with two numeric features, a
 * protected attribute {@code sex} and a 0/1 {@code label} that depends on the features; a holdout
 * split planned by governance's {@link SplitPlanner}; and a pipeline (one-hot {@code sex}, scale
 * the numbers) fitted on the train rows by {@link PipelineFitter}.
 *
 * @param csv          the CSV bytes
 * @param splitBytes   the stored split assignment
 * @param split        the assignment
 * @param pipelineJson the fitted pipeline's JSON
 * @param pipeline     the fitted pipeline
 */
public record WorkerDataset(byte[] csv, byte[] splitBytes, SplitAssignment split, String pipelineJson,
                            FittedPipeline pipeline) {

    public static WorkerDataset binary(int rows, long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("x1,x2,sex,label\n");
        for (int i = 0; i < rows; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextGaussian();
            String sex = random.nextBoolean() ? "F" : "M";
            int label = x1 + 0.5 * x2 + 0.3 * random.nextGaussian() > 0 ? 1 : 0;
            csv.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%s,%d%n", x1, x2, sex, label));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        CsvRows source = rows(bytes);
        SplitAssignment split = SplitPlanner.plan(source,
                new SplitSpec(SplitMethod.HOLDOUT, 0.6, 0.2, 0.2, seed, null, null, null, null), n -> { })
                .assignment();
        ByteArrayOutputStream splitBytes = new ByteArrayOutputStream();
        split.writeTo(splitBytes);
        PipelineSpec spec = ProtocolJson.MAPPER.readValue("""
                {"steps": [{"kind": "ONE_HOT", "columns": ["sex"]},
                           {"kind": "SCALE", "columns": ["x1", "x2"]}]}""", PipelineSpec.class);
        FittedPipeline pipeline = PipelineFitter.fit(spec, source, row -> split.role(row, 0) == SplitRole.TRAIN,
                "label");
        return new WorkerDataset(bytes, splitBytes.toByteArray(), split, pipeline.toJson(), pipeline);
    }

    public static CsvRows rows(byte[] csv) {
        return CsvRows.of(() -> new ByteArrayInputStream(csv), ',');
    }

    public CsvRows rows() {
        return rows(csv);
    }
}
