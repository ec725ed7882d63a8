package io.charter.dataset.service;

import io.charter.artifact.ArtifactStore;
import io.charter.dataset.domain.DatasetVersion;
import io.charter.governance.data.CsvRows;
import io.charter.governance.data.RowSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The rows of a stored version, re-readable from S3 as often as a job needs: each pass streams
 * the object again, so nothing grows with the file.
 */
@ApplicationScoped
public class VersionRows {

    @Inject
    ArtifactStore store;

    public RowSource of(DatasetVersion v) {
        return of(v.s3Key, v.delimiter.charAt(0));
    }

    /** For a job that captured the key and delimiter while its transaction was open. */
    public RowSource of(String key, char delimiter) {
        return CsvRows.of(() -> store.open(key), delimiter);
    }
}
