package io.charter.scheduler;

import io.charter.scheduler.executor.ExecutionHandle;
import io.charter.scheduler.executor.Executor;
import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.executor.ExecutorRejectedException;
import io.charter.scheduler.executor.ExecutorStatus;
import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.job.Resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** An executor whose workers are entries in a map: tests kill them, reject launches, read what was cancelled. */
final class FakeExecutor implements Executor {

    private final Resources total;
    private final Map<ExecutionHandle, JobLaunch> live = new LinkedHashMap<>();
    private final Map<ExecutionHandle, Integer> exited = new HashMap<>();
    final List<JobLaunch> submitted = new ArrayList<>();
    final List<ExecutionHandle> cancelled = new ArrayList<>();
    ExecutorRejectedException rejectNext;

    FakeExecutor(Resources total) {
        this.total = total;
    }

    @Override
    public ExecutionHandle submit(JobLaunch launch) throws ExecutorRejectedException {
        if (rejectNext != null) {
            throw rejectNext;
        }
        ExecutionHandle handle = new ExecutionHandle("fake:" + launch.launchId());
        live.put(handle, launch);
        submitted.add(launch);
        return handle;
    }

    @Override
    public void cancel(ExecutionHandle handle) {
        cancelled.add(handle);
        exit(handle, 143);
    }

    @Override
    public ExecutorStatus status(ExecutionHandle handle) {
        if (live.containsKey(handle)) {
            return ExecutorStatus.running();
        }
        Integer code = exited.get(handle);
        return code == null ? ExecutorStatus.unknown() : ExecutorStatus.exited(code);
    }

    @Override
    public Set<ExecutionHandle> liveHandles() {
        return Set.copyOf(live.keySet());
    }

    @Override
    public ExecutorCapacity capacity() {
        Resources used = live.values().stream().map(JobLaunch::resources).reduce(Resources.NONE, Resources::plus);
        return new ExecutorCapacity(total.minus(used), total);
    }

    /** The worker's process ends (crash, OOM kill, node lost). */
    void exit(ExecutionHandle handle, int code) {
        if (live.remove(handle) != null) {
            exited.put(handle, code);
        }
    }

    Set<String> liveValues() {
        return live.keySet().stream().map(ExecutionHandle::value).collect(Collectors.toCollection(TreeSet::new));
    }
}
