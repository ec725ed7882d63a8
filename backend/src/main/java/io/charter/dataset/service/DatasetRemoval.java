package io.charter.dataset.service;

import io.charter.artifact.ArtifactStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Deletes a dataset: its rows in one committed transaction first, then its files in S3, so a
 * failure can leave an orphaned file but never a row whose file is gone. Not transactional itself.
 */
@ApplicationScoped
public class DatasetRemoval {

    @Inject
    DatasetService datasets;

    @Inject
    ArtifactStore store;

    public void remove(UUID id, Long expectedVersion) {
        store.deletePrefix(datasets.delete(id, expectedVersion));
    }
}
