package io.charter.dataset.service;

import io.charter.artifact.ArtifactStore;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.governance.data.CsvRows;
import io.charter.governance.data.RowSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The rows of a stored version, re-readable from S3 as often as a job needs: each pass streams
 * the object again, so nothing grows with the file.
 */
@ApplicationScoped
public class VersionRows {

    @Inject
    ArtifactStore store;

    /**
     * The stored version a background job works on, read in its own transaction (the job holds
     * none while it streams); the version may have been deleted since the job was queued.
     */
    public DatasetVersion stored(UUID datasetId, String sha256) {
        return QuarkusTransaction.requiringNew().call(() -> DatasetVersion.<DatasetVersion>find(
                "datasetId = ?1 and sha256 = ?2", datasetId, sha256).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("the version was removed")));
    }

    /** The rows of the stored version a background job works on ({@link #stored}). */
    public RowSource ofStored(UUID datasetId, String sha256) {
        return of(stored(datasetId, sha256));
    }

    public RowSource of(DatasetVersion v) {
        return of(v.s3Key, v.delimiter.charAt(0));
    }

    /** For a job that captured the key and delimiter while its transaction was open. */
    public RowSource of(String key, char delimiter) {
        return CsvRows.of(() -> store.open(key), delimiter);
    }
}
