package io.charter.artifact;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Object keys, built from ids only: {@code <tenant>/<project>/datasets/<dataset>/<sha256>/data.<ext>}.
 * A user-supplied name never becomes part of a key, so no upload can escape its prefix.
 */
public final class ArtifactKeys {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private ArtifactKeys() {
    }

    public static String datasetVersion(String tenant, UUID project, UUID dataset, String sha256, String extension) {
        if (!TENANT.matcher(tenant).matches() || !SHA256.matcher(sha256).matches()
                || !extension.matches("[a-z]{1,8}")) {
            throw new IllegalArgumentException("key parts must be ids, but got " + tenant + ", " + sha256 + ", "
                    + extension);
        }
        return tenant + "/" + project + "/datasets/" + dataset + "/" + sha256 + "/data." + extension;
    }
}
