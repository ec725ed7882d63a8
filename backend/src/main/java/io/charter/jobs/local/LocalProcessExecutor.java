package io.charter.jobs.local;

import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.Executor;
import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.executor.ExecutorRejectedException;
import io.charter.scheduler.executor.ExecutorStatus;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.job.Resources;
import io.charter.worker.run.NativeDefaults;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs each job as a separate OS process on this machine — the embedded default executor. The
 * worker command (e.g. {@code java -jar gpu-workers.jar}) gets the launch's environment (server
 * URL, job-scoped token, S3 settings: the worker contract) and writes its output to the launch's
 * log file. Concurrency is bounded by slots and by the machine budget the launches' resource
 * requests are charged against.
 *
 * <p><b>Handles survive a server restart.</b> A handle is {@code local:<pid>:<start>:<launch>},
 * the process id with its start time (so a reused pid is never mistaken for the worker) and the
 * launch id. A new executor learns the handles the database recorded through {@link #adopt} and
 * reports those still alive in {@link #liveHandles}; their exit code is then unknown, which is
 * why workers report their outcome to the server themselves.
 */
public final class LocalProcessExecutor implements Executor {

    private static final String PREFIX = "local:";

    private final List<String> command;
    private final Path workDir;
    private final int slots;
    private final Resources budget;
    private final Duration grace;
    private final Map<ExecutionHandle, Launched> launched = new ConcurrentHashMap<>();
    private final Map<ExecutionHandle, Adopted> adopted = new ConcurrentHashMap<>();

    private record Launched(Process process, Resources resources) {
    }

    private record Adopted(ProcessHandle process) {
    }

    /**
     * @param command the worker program and its fixed arguments
     * @param workDir the directory workers run in
     * @param slots   at most this many workers at once
     * @param budget  what the machine lends to workers (cpu millis, memory MB, gpus)
     * @param grace   how long a cancelled worker may take to stop before it is killed
     */
    public LocalProcessExecutor(List<String> command, Path workDir, int slots, Resources budget, Duration grace) {
        if (command.isEmpty() || slots < 1) {
            throw new IllegalArgumentException("a worker command and at least one slot are needed");
        }
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.slots = slots;
        this.budget = budget;
        this.grace = grace;
    }

    @Override
    public synchronized ExecutionHandle submit(JobLaunch launch) throws ExecutorRejectedException {
        if (liveHandles().size() >= slots) {
            throw new ExecutorRejectedException("all " + slots + " local worker slots are busy", true);
        }
        if (!launch.resources().fitsIn(capacity().free())) {
            throw new ExecutorRejectedException("the job asks for " + launch.resources() + " but only "
                    + capacity().free() + " is free on this machine", true);
        }
        try {
            Path log = Path.of(launch.logSink());
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(launch.environment());
            // native libraries are unpacked once per machine, not once per worker (a worker image bakes its own)
            builder.environment().put(NativeDefaults.CACHE_ENV, workDir.resolve("cache").toString());
            Process process = builder.start();
            ExecutionHandle handle = handle(process.toHandle(), launch.launchId());
            launched.put(handle, new Launched(process, launch.resources()));
            return handle;
        } catch (IOException | IllegalArgumentException e) {
            throw new ExecutorRejectedException("the worker could not be started: " + e.getMessage(), false, e);
        }
    }

    @Override
    public void cancel(ExecutionHandle handle) {
        process(handle).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            } catch (java.util.concurrent.ExecutionException e) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public ExecutorStatus status(ExecutionHandle handle) {
        Launched mine = launched.get(handle);
        if (mine != null) {
            return mine.process().isAlive() ? ExecutorStatus.running() : ExecutorStatus.exited(mine.process().exitValue());
        }
        return process(handle).filter(ProcessHandle::isAlive).map(p -> ExecutorStatus.running())
                .orElse(ExecutorStatus.unknown());
    }

    @Override
    public Set<ExecutionHandle> liveHandles() {
        Set<ExecutionHandle> live = new HashSet<>();
        launched.forEach((h, l) -> {
            if (l.process().isAlive()) {
                live.add(h);
            }
        });
        adopted.forEach((h, a) -> {
            if (a.process().isAlive()) {
                live.add(h);
            }
        });
        return live;
    }

    @Override
    public ExecutorCapacity capacity() {
        Resources used = Resources.NONE;
        for (Launched l : launched.values()) {
            if (l.process().isAlive()) {
                used = used.plus(l.resources());
            }
        }
        return new ExecutorCapacity(budget.minus(used), budget);
    }

    /**
     * Takes over handles a previous server process recorded; answers those whose process is still
     * the same worker (same pid and start time). Adopted workers count against slots, not the budget
     * (their requests are the job service's to re-charge).
     */
    public List<ExecutionHandle> adopt(Collection<ExecutionHandle> handles) {
        List<ExecutionHandle> alive = new ArrayList<>();
        for (ExecutionHandle h : handles) {
            Optional<ProcessHandle> p = process(h);
            if (p.isPresent() && p.get().isAlive()) {
                adopted.put(h, new Adopted(p.get()));
                alive.add(h);
            }
        }
        return alive;
    }

    /** The process a handle names, if it still exists and started when the handle says. */
    static Optional<ProcessHandle> process(ExecutionHandle handle) {
        String[] parts = handle.value().split(":", 4);
        if (parts.length != 4 || !handle.value().startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(parts[1]);
            long started = Long.parseLong(parts[2]);
            return ProcessHandle.of(pid).filter(p -> p.info().startInstant().map(Instant::toEpochMilli)
                    .map(s -> s == started).orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ExecutionHandle handle(ProcessHandle p, String launchId) {
        long started = p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new ExecutionHandle(PREFIX + p.pid() + ":" + started + ":" + launchId);
    }
}
