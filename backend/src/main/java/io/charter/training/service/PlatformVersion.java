package io.charter.training.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The platform's source commit, recorded on every run for reproducibility: {@code CHARTER_GIT_COMMIT}
 * when the deployment sets it (a container image built from a commit), else read from the
 * {@code .git} directory above the working directory (a server started from a checkout), else
 * {@code unknown}.
 */
public final class PlatformVersion {

    private static final String COMMIT = find();

    private PlatformVersion() {
    }

    public static String commit() {
        return COMMIT;
    }

    private static String find() {
        String env = System.getenv("CHARTER_GIT_COMMIT");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return fromGit(git).orElse("unknown");
            }
        }
        return "unknown";
    }

    static Optional<String> fromGit(Path git) {
        try {
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (!head.startsWith("ref: ")) {
                return Optional.of(head);
            }
            String ref = head.substring(5).strip();
            Path loose = git.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return Optional.of(Files.readString(loose).strip());
            }
            Path packed = git.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                return Files.readAllLines(packed).stream().filter(l -> l.endsWith(" " + ref))
                        .map(l -> l.substring(0, l.indexOf(' '))).findFirst();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
