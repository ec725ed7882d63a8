package io.charter.artifact;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Object keys, built from ids only: {@code <tenant>/<project>/datasets/<dataset>/<sha256>/data.<ext>}
 * and {@code …/profile.json} beside it. A user-supplied name never becomes part of a key, so no
 * upload can escape its prefix.
 */
public final class ArtifactKeys {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z]{1,8}");

    private ArtifactKeys() {
    }

    public static String datasetVersion(String tenant, UUID project, UUID dataset, String sha256, String extension) {
        if (!EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("extension must be 1-8 lower-case letters, but got " + extension);
        }
        return versionPrefix(tenant, project, dataset, sha256) + "data." + extension;
    }

    /** The profile (EDA result) of a dataset version, beside its data. */
    public static String datasetProfile(String tenant, UUID project, UUID dataset, String sha256) {
        return versionPrefix(tenant, project, dataset, sha256) + "profile.json";
    }

    /** Everything stored for a dataset: its versions and what was computed from them. */
    public static String datasetPrefix(String tenant, UUID project, UUID dataset) {
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("key parts must be ids, but got tenant " + tenant);
        }
        return tenant + "/" + project + "/datasets/" + dataset + "/";
    }

    /** A run's artifacts: model, fitted pipeline, metrics and evaluation files, checkpoints. */
    public static String runPrefix(String tenant, UUID project, UUID run) {
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("key parts must be ids, but got tenant " + tenant);
        }
        return tenant + "/" + project + "/runs/" + run + "/";
    }

    /** The row assignment of a split of a dataset version, beside its data. */
    public static String datasetSplit(String tenant, UUID project, UUID dataset, String sha256, UUID split) {
        return versionPrefix(tenant, project, dataset, sha256) + "splits/" + split + ".bin";
    }

    /** A pipeline fitted on the training rows of a split: the JSON artifact training and serving apply. */
    public static String fittedPipeline(String tenant, UUID project, UUID dataset, UUID fitted) {
        return datasetPrefix(tenant, project, dataset) + "pipelines/" + fitted + ".json";
    }

    private static String versionPrefix(String tenant, UUID project, UUID dataset, String sha256) {
        if (!TENANT.matcher(tenant).matches() || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("key parts must be ids, but got tenant " + tenant + ", version "
                    + sha256);
        }
        return tenant + "/" + project + "/datasets/" + dataset + "/" + sha256 + "/";
    }
}
