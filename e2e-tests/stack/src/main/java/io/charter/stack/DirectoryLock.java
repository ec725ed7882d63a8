package io.charter.stack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive, process-wide lock on a file, released when closed or when the process dies.
 *
 * <p>Why: two stacks on one data directory would fight over PostgreSQL's and Keycloak's files;
 * the second must fail at once with a clear message instead. The operating system drops the lock
 * with the process, so a killed launcher never leaves a stale lock behind.
 */
final class DirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock or fails at once.
     *
     * @param heldMessage message of the {@link StackException} thrown when someone else holds it;
     *                    {@code %s} is replaced by the lock file's path
     */
    static DirectoryLock acquire(Path lockFile, String heldMessage) throws IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM
        }
        if (lock == null) {
            channel.close();
            throw new StackException(String.format(heldMessage, display(lockFile)));
        }
        return new DirectoryLock(channel, lock);
    }

    /** The path relative to the working directory when it lies below it (as a person typed it). */
    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
