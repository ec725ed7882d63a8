package io.charter.dataset.service;

import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.audit.service.AuditService;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import io.charter.dataset.domain.ColumnStats;
import io.charter.dataset.domain.DataFormat;
import io.charter.dataset.domain.Dataset;
import io.charter.dataset.domain.DatasetValidation;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.dataset.domain.VersionOrigin;
import io.charter.governance.data.CsvOptions;
import io.charter.governance.data.CsvScanner;
import io.charter.governance.data.parquet.ParquetToCsv;
import io.charter.governance.data.CsvSummary;
import io.charter.governance.data.DataFormatException;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploads a dataset version: the body is streamed to a temporary file (SHA-256 and size computed
 * on the way, the size limit enforced as bytes arrive), scanned (a malformed file answers 400
 * naming the row and column, and nothing is stored), then stored in S3 under a key built from
 * ids and recorded, with its audit event, in one transaction. Identical bytes are recognised by
 * their hash and not stored twice. No database transaction is held while bytes move.
 */
@ApplicationScoped
public class DatasetUploadService {

    private static final int BUFFER = 64 * 1024;

    @Inject
    ValidationService validations;

    @Inject
    ValidationJobs validationJobs;

    @Inject
    CurrentUser user;

    @Inject
    DatasetService datasets;

    @Inject
    ArtifactStore store;

    @Inject
    AuditService audit;

    @Inject
    ProfileService profiles;

    @Inject
    ProfileJobs jobs;

    @ConfigProperty(name = "charter.datasets.max-upload-bytes")
    long maxBytes;

    /** The stored version, and whether this upload created it (false: the same bytes were there already). */
    public record Upload(VersionView version, boolean created) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Upload upload(UUID datasetId, DataFormat format, char delimiter, InputStream body) {
        user.require("upload dataset versions", Role.builders());
        UUID projectId = QuarkusTransaction.requiringNew().call(() -> datasets.find(datasetId).projectId);
        Path tmp = createTempFile();
        Path csv = null;
        try {
            String sha256 = spool(body, tmp);
            Optional<VersionView> existing = existing(datasetId, sha256);
            if (existing.isPresent()) {
                return new Upload(existing.get(), false);
            }
            char stored = delimiter;
            if (format == DataFormat.PARQUET) {
                csv = createTempFile();
                convertParquet(tmp, csv);
                stored = ',';
            }
            Path rows = csv == null ? tmp : csv;
            CsvSummary summary = scan(rows, stored);
            String key = ArtifactKeys.datasetVersion(user.tenant(), projectId, datasetId, sha256,
                    DataFormat.CSV.extension());
            String sourceKey = format == DataFormat.CSV ? null
                    : ArtifactKeys.datasetVersion(user.tenant(), projectId, datasetId, sha256, format.extension());
            store.upload(key, rows, DataFormat.CSV.mediaType());
            if (sourceKey != null) {
                store.upload(sourceKey, tmp, format.mediaType());
            }
            Recorded recorded = record(datasetId, sha256, format, stored, Files.size(tmp), summary, key, sourceKey);
            jobs.submit(user.tenant(), recorded.profileJob());
            validationJobs.submit(user.tenant(), recorded.validation());
            return new Upload(recorded.version(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(tmp);
            if (csv != null) {
                deleteQuietly(csv);
            }
        }
    }

    /** Converts an uploaded Parquet file to the canonical CSV; 400 naming the column if it is not usable Parquet. */
    private static void convertParquet(Path parquet, Path csv) throws IOException {
        try (OutputStream out = Files.newOutputStream(csv)) {
            ParquetToCsv.convert(parquet, out);
        } catch (DataFormatException e) {
            String where = location(e);
            throw new CharterException(ErrorCode.INVALID_INPUT, "The file is not usable Parquet: "
                    + (where.equals("file") ? "" : where + ": ") + e.getMessage(),
                    List.of(new FieldError(where, e.getMessage())));
        }
    }

    private record Recorded(VersionView version, UUID profileJob, DatasetValidation validation) {
    }

    /** Records the version, its audit event and its queued profiling and validation jobs in one transaction. */
    private Recorded record(UUID datasetId, String sha256, DataFormat format, char delimiter, long size,
                               CsvSummary summary, String key, String sourceKey) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Dataset d = datasets.find(datasetId);
                DatasetVersion v = new DatasetVersion();
                v.id = UUID.randomUUID();
                v.datasetId = datasetId;
                v.sha256 = sha256;
                v.format = format;
                v.sizeBytes = size;
                v.rowCount = summary.rows();
                v.columns = summary.columns().stream().map(c -> new ColumnStats(c.name(), c.type(), c.nonMissing(),
                        c.missing(), c.distinct(), c.distinctCapped())).toList();
                v.delimiter = String.valueOf(delimiter);
                v.s3Key = key;
                v.sourceKey = sourceKey;
                v.origin = VersionOrigin.UPLOADED;
                v.uploadedAt = Timestamps.now();
                v.uploadedBy = user.name();
                v.persist();
                VersionView view = datasets.view(d, v, datasets.protectedColumns(d.projectId));
                audit.record("dataset.version.create", "DatasetVersion", sha256, view);
                return new Recorded(view, profiles.queue(d, v).id, validations.queue(d, v));
            });
        } catch (RuntimeException e) {
            // a concurrent upload of the same bytes may have won; its row then owns the same key
            if (existing(datasetId, sha256).isEmpty()) {
                store.delete(key);
                if (sourceKey != null) {
                    store.delete(sourceKey);
                }
            }
            throw e;
        }
    }

    private Optional<VersionView> existing(UUID datasetId, String sha256) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Dataset d = datasets.find(datasetId);
            return DatasetVersion.<DatasetVersion>find("datasetId = ?1 and sha256 = ?2", datasetId, sha256)
                    .firstResultOptional().map(v -> datasets.view(d, v, datasets.protectedColumns(d.projectId)));
        });
    }

    /** Copies the body to {@code target}, answering its SHA-256; 413 as soon as it passes the limit. */
    private String spool(InputStream body, Path target) throws IOException {
        MessageDigest sha = sha256();
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = body; OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public CharterException tooLarge() {
        return new CharterException(ErrorCode.PAYLOAD_TOO_LARGE, "The file is larger than the upload limit of "
                + maxBytes + " bytes", List.of(new FieldError("body", "at most " + maxBytes + " bytes")));
    }

    private static CsvSummary scan(Path file, char delimiter) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CsvScanner.scan(in, CsvOptions.defaults().withDelimiter(delimiter));
        } catch (DataFormatException e) {
            String where = location(e);
            throw new CharterException(ErrorCode.INVALID_INPUT, "The file is not acceptable CSV: " + where + ": "
                    + e.getMessage(), List.of(new FieldError(where, e.getMessage())));
        }
    }

    /** e.g. "row 12, column 3 (age)"; row 0 is the header. */
    static String location(DataFormatException e) {
        String column = e.column() > 0 ? "column " + e.column() + (e.columnName() == null ? ""
                : " (" + e.columnName() + ")") : null;
        String row = e.row() > 0 ? "row " + e.row() : e.row() == 0 && column != null ? "header" : null;
        if (row != null && column != null) {
            return row + ", " + column;
        }
        return row != null ? row : column != null ? column : "file";
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("charter-upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
