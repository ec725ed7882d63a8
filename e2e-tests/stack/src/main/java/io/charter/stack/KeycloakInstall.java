package io.charter.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Keycloak installation directory unpacked from the Maven distribution zip, plus its realm import.
 *
 * <p>Why: Keycloak ships on Maven Central only as a zip ({@code keycloak-quarkus-dist}). Unpacking it
 * once per install directory (and again only when the zip changes) keeps restarts fast, and keeps
 * the augmented build ({@code lib/quarkus}) and the dev database ({@code data/h2}) between runs.
 */
final class KeycloakInstall {

    private static final String MARKER = ".charter-dist";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(CHARTER_[A-Z_]+)}");

    private final Path dir;

    KeycloakInstall(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    Path dir() {
        return dir;
    }

    Path kcScript() {
        return dir.resolve("bin/kc.sh");
    }

    /** Unpacks {@code distZip} unless this directory already holds exactly that distribution. */
    void ensureUnpacked(Path distZip) throws IOException {
        if (!Files.isRegularFile(distZip)) {
            throw new StackException("Keycloak distribution not found at " + distZip
                    + " - build the charter-stack module first (mvn -pl e2e-tests/stack install)");
        }
        String stamp = distZip.getFileName() + " " + Files.size(distZip) + " "
                + Files.getLastModifiedTime(distZip).toMillis();
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            return;
        }
        deleteAllButData();
        unzipStrippingTopDirectory(distZip);
        Files.writeString(marker, stamp);
    }

    /** Removes a previous (or half-unpacked) distribution but keeps Keycloak's database. */
    private void deleteAllButData() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.filter(p -> !p.getFileName().toString().equals("data")).toList()) {
                deleteTree(child);
            }
        }
    }

    private void unzipStrippingTopDirectory(Path zip) throws IOException {
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = targetOf(entry.getName());
                if (target == null) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    markExecutableIfScript(target);
                }
            }
        }
    }

    /** Maps {@code keycloak-26.x/bin/kc.sh} to {@code <dir>/bin/kc.sh}; refuses paths leaving dir. */
    private Path targetOf(String entryName) {
        int slash = entryName.indexOf('/');
        if (slash < 0 || slash == entryName.length() - 1) {
            return null;
        }
        Path target = dir.resolve(entryName.substring(slash + 1)).normalize();
        if (!target.startsWith(dir)) {
            throw new StackException("Refusing zip entry outside the install directory: " + entryName);
        }
        return target;
    }

    private void markExecutableIfScript(Path file) {
        // java.util.zip does not expose Unix modes; bin/*.sh are the only files that need +x
        if (file.getParent().equals(dir.resolve("bin")) && file.toString().endsWith(".sh")) {
            if (!file.toFile().setExecutable(true, false)) {
                throw new StackException("Could not make " + file + " executable");
            }
        }
    }

    /** Forgets every realm (Keycloak's dev-file database) so the next start imports afresh. */
    void resetData() throws IOException {
        deleteTree(dir.resolve("data/h2"));
    }

    /**
     * Writes the realm file to {@code data/import/}, replacing {@code ${CHARTER_...}} tokens.
     * Keycloak imports it only when the realm does not exist yet.
     */
    void writeRealmImport(Path template, Map<String, String> values) throws IOException {
        String json = replacePlaceholders(Files.readString(template, StandardCharsets.UTF_8), values);
        Path importDir = Files.createDirectories(dir.resolve("data/import"));
        Path target = importDir.resolve(template.getFileName().toString());
        Files.writeString(target, json, StandardCharsets.UTF_8);
        // the file carries the client secret
        target.toFile().setReadable(false, false);
        target.toFile().setReadable(true, true);
    }

    /** Replaces every {@code ${CHARTER_X}} by its value; an unknown one is an error, not a literal. */
    static String replacePlaceholders(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new StackException("No value for placeholder ${" + m.group(1) + "} in the realm file;"
                        + " known: " + values.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
