package io.charter.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's files, found from the test's working directory. */
final class Repo {

    static final Path ROOT = find();

    private Repo() {
    }

    private static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("k8s/base")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (k8s/base) above " + Path.of("").toAbsolutePath());
    }

    static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CHARTER_* names of the README's "Configuration (production)" section: what the server reads. */
    static Set<String> serverVariables() {
        String readme = read("README.md");
        int from = readme.indexOf("## Configuration (production)");
        int to = readme.indexOf("\n## ", from + 1);
        if (from < 0) {
            throw new IllegalStateException("README.md has no 'Configuration (production)' section");
        }
        Matcher m = Pattern.compile("`(CHARTER_[A-Z0-9_]+)`").matcher(readme.substring(from, to < 0 ? readme.length() : to));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
