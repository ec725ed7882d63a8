package io.charter.training.service;

import io.charter.training.domain.LaunchRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Reads the workers' output files: a chunk from a byte offset, the last lines, or a follow stream
 * that ends when the job has ended and its file has been read to the end.
 */
@ApplicationScoped
public class JobLogs {

    public static final String OFFSET_HEADER = "Charter-Log-Offset";
    public static final String ATTEMPT_HEADER = "Charter-Log-Attempt";
    public static final int MAX_TAIL_LINES = 10_000;
    /** Largest chunk one read answers; a client goes on from the offset header. */
    public static final int MAX_CHUNK = 1 << 20;
    static final Duration FOLLOW_POLL = Duration.ofMillis(500);
    static final Duration FOLLOW_MAX = Duration.ofMinutes(30);

    /** Text and the offset after it. */
    public record Chunk(String text, long next) {
    }

    @Inject
    EntityManager em;

    /** The latest launch of {@code attempt}, or the latest launch when it is null; null when none. */
    public static LaunchRecord pick(List<LaunchRecord> launches, Integer attempt) {
        LaunchRecord found = null;
        for (LaunchRecord l : launches) {
            if (attempt == null || l.attempt == attempt) {
                found = l;
            }
        }
        return found;
    }

    public Chunk read(LaunchRecord launch, Long offset, Integer tail) {
        Path file = Path.of(launch.logPath);
        try {
            if (!Files.exists(file)) {
                return new Chunk("", 0);
            }
            long size = Files.size(file);
            if (tail != null) {
                long from = Math.max(0, size - MAX_CHUNK);
                String text = slice(file, from, size);
                List<String> lines = text.lines().toList();
                int skip = Math.max(0, lines.size() - tail);
                return new Chunk(String.join("\n", lines.subList(skip, lines.size())) + (lines.isEmpty() ? "" : "\n"),
                        size);
            }
            long from = offset == null ? Math.max(0, size - MAX_CHUNK) : Math.min(offset, size);
            long to = Math.min(size, from + MAX_CHUNK);
            return new Chunk(slice(file, from, to), to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the log of launch " + launch.launchId, e);
        }
    }

    /** Writes the log from {@code offset} as it grows, until the job has ended and the file is read. */
    public void follow(UUID jobId, LaunchRecord launch, long offset, OutputStream out) throws IOException {
        Path file = Path.of(launch.logPath);
        long position = offset;
        long deadline = System.nanoTime() + FOLLOW_MAX.toNanos();
        while (System.nanoTime() < deadline) {
            boolean ended = ended(jobId, launch.launchId);
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (size > position) {
                long to = Math.min(size, position + MAX_CHUNK);
                out.write(slice(file, position, to).getBytes(StandardCharsets.UTF_8));
                out.flush();
                position = to;
                continue;
            }
            if (ended) {
                return;
            }
            try {
                Thread.sleep(FOLLOW_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether the job has ended or moved on to another launch (this one's worker is gone then). */
    private boolean ended(UUID jobId, String launchId) {
        // the caller was authorised for this job when the stream opened; this only polls its state
        Object[] row = JobDispatcher.inRequestContext(() -> QuarkusTransaction.requiringNew().call(() -> (Object[])
                em.createNativeQuery("SELECT state, launch_id FROM training_job WHERE id = ?1").setParameter(1, jobId)
                        .getSingleResult()));
        String state = (String) row[0];
        return state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")
                || !launchId.equals(row[1]);
    }

    private static String slice(Path file, long from, long to) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) (to - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
