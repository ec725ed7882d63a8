package io.charter.dataset.service;

import io.charter.common.error.CharterException;
import io.charter.dataset.domain.DataFormat;
import io.charter.dataset.domain.SourceType;
import io.charter.governance.data.synthetic.CreditDataGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * "Create demo dataset": a synthetic credit-scoring dataset with a protected attribute
 * ({@code gender}), a time column and a chosen injected bias, registered with honest provenance
 * and uploaded through the same path as any file.
 */
@ApplicationScoped
public class DemoDatasetService {

    public static final long MAX_ROWS = 1_000_000;

    @Inject
    DatasetService datasets;

    @Inject
    DatasetUploadService uploads;

    @Inject
    DatasetRemoval removal;

    /** What a demo request may set; {@code null} fields take the defaults. */
    public record DemoRequest(Long rows, Double bias, Long seed) {
    }

    /** The created dataset and its first version. */
    public record Demo(DatasetView dataset, VersionView version) {
    }

    public Demo create(UUID projectId, DemoRequest request) {
        long rows = request == null || request.rows() == null ? 5000 : request.rows();
        double bias = request == null || request.bias() == null ? 0.8 : request.bias();
        long seed = request == null || request.seed() == null ? 42 : request.seed();
        if (rows < 100 || rows > MAX_ROWS) {
            throw CharterException.invalid("rows", "must be between 100 and " + MAX_ROWS + ", but got " + rows);
        }
        CreditDataGenerator generator;
        try {
            generator = new CreditDataGenerator(rows, seed, bias, 0.4);
        } catch (IllegalArgumentException e) {
            throw CharterException.invalid("bias", e.getMessage());
        }
        DatasetView dataset = datasets.create(projectId, command(rows, bias, seed));
        Path file = null;
        try {
            file = Files.createTempFile("charter-demo-", ".csv");
            try (OutputStream out = Files.newOutputStream(file)) {
                generator.write(out);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new Demo(dataset, uploads.upload(dataset.id(), DataFormat.CSV, ',', in).version());
            }
        } catch (IOException | RuntimeException e) {
            removal.remove(dataset.id(), null); // no dataset without its data, no file without its dataset
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static DatasetCommand command(long rows, double bias, long seed) {
        return new DatasetCommand("Demo credit applications " + UUID.randomUUID().toString().substring(0, 6),
                rows + " synthetic loan applications with a default outcome", SourceType.SYNTHETIC,
                "Charter's synthetic credit generator (seed " + seed + ")",
                "simulated: logistic model of default on debt-to-income, credit history, age, employment",
                "synthetic, no restrictions",
                String.format(Locale.ROOT, "injected on purpose: +%.2f log-odds of default for gender = female", bias),
                false, null, "defaulted", Map.of(), null);
    }
}
