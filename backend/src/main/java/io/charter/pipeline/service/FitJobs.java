package io.charter.pipeline.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.artifact.ArtifactStore;
import io.charter.jobs.JobRunner;
import io.charter.jobs.JobRunner.Done;
import io.charter.governance.data.split.SplitRole;
import io.charter.governance.pipeline.FittedPipeline;
import io.charter.governance.pipeline.PipelineFitter;
import io.charter.governance.pipeline.InvalidPipelineException;
import io.charter.governance.pipeline.PipelineSpec;
import io.charter.governance.pipeline.PipelineSpecs;
import io.charter.pipeline.domain.PipelineFit;
import io.charter.pipeline.domain.PreprocessingPipeline;
import io.charter.split.domain.DatasetSplit;
import io.charter.split.service.SplitService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.charter.governance.data.RowHandler;
import io.charter.governance.data.RowSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Fitting jobs: the pipeline learns from the TRAIN rows of the split's fold only — the split's
 * row filter is the only way rows reach {@link PipelineFitter} — and the fitted JSON goes to S3.
 */
@ApplicationScoped
public class FitJobs {

    @Inject
    JobRunner runner;

    @Inject
    SplitService splits;

    @Inject
    ArtifactStore store;

    @Inject
    ObjectMapper mapper;

    private final JobRunner.Kind<PipelineFit> kind =
            new JobRunner.Kind<>(PipelineFit.class, "fitted_pipeline", this::fit);

    void start(@Observes StartupEvent event) {
        runner.requeueUnfinished(kind);
    }

    /** Runs the job soon; call after the transaction that queued it committed. */
    public void submit(String tenant, UUID fitId) {
        runner.submit(kind, tenant, fitId);
    }

    private Done<PipelineFit> fit(PipelineFit job, LongConsumer progress) throws Exception {
        record Input(PipelineSpec spec, SplitService.SplitRows rows) {
        }
        Input input = QuarkusTransaction.requiringNew().call(() -> {
            PreprocessingPipeline p = PreprocessingPipeline.findById(job.pipelineId);
            DatasetSplit s = DatasetSplit.findById(job.splitId);
            if (p == null || s == null) {
                throw new IllegalStateException("the pipeline or split was removed");
            }
            return new Input(PipelineSpecs.parse(p.spec), splits.rows(s, SplitRole.TRAIN, job.fold));
        });
        SplitService.SplitRows train = input.rows();
        FittedPipeline fitted;
        try {
            fitted = PipelineFitter.fit(input.spec(), new ProgressRows(train.source(), progress), train::includes,
                    job.targetColumn);
        } catch (InvalidPipelineException e) {
            // the data does not suit the spec (text where numbers are needed, no train rows, ...)
            throw new IllegalStateException(e.problems().stream().map(p -> p.path() + ": " + p.message())
                    .collect(Collectors.joining("; ")), e);
        }
        store.put(job.s3Key, fitted.toJson().getBytes(StandardCharsets.UTF_8), "application/json");
        String outputs = mapper.writeValueAsString(fitted.outputColumns());
        return new Done<>(-1, f -> f.outputColumns = outputs);
    }

    /** Reports the rows of the current pass every 10,000 rows; a fit makes one pass per step. */
    private record ProgressRows(RowSource source, LongConsumer progress) implements RowSource {

        @Override
        public List<String> header() throws IOException {
            return source.header();
        }

        @Override
        public void forEach(RowHandler rows) throws IOException {
            source.forEach((row, fields) -> {
                if (row % 10_000 == 0) {
                    progress.accept(row);
                }
                rows.accept(row, fields);
            });
        }
    }
}
