package io.charter.worker.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The START event's tags: the training library and its version (from {@code libraries.properties},
 * which the build fills from the parent pom), the JVM version and the attempt, so that a run says
 * what produced it (Tribuo's provenance habit).
 */
final class LibraryTags {

    private static final Properties VERSIONS = load();

    private LibraryTags() {
    }

    /** @param library the family of the algorithm ({@code smile}, {@code xgboost}, {@code djl}), or null */
    static Map<String, String> of(String library, int attempt) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (library != null) {
            tags.put("charter.library", library + " " + VERSIONS.getProperty(library, "unknown"));
        }
        tags.put("java.version", System.getProperty("java.version"));
        tags.put("charter.worker.attempt", Integer.toString(attempt));
        return tags;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = LibraryTags.class.getResourceAsStream("/io/charter/worker/libraries.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
