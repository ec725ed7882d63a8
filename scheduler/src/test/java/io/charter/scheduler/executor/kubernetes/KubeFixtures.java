package io.charter.scheduler.executor.kubernetes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Jobs, pods and containers as a Kubernetes executor would copy them, with real-looking messages. */
final class KubeFixtures {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final String JOB = "charter-l-7f3a9c";
    static final long BUDGET_SECONDS = 3600;

    static final String UNSCHEDULABLE_GPU = "0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: "
            + "0/3 nodes are available: 3 No preemption victims found for incoming pod.";
    static final String BACK_OFF_PULLING = "Back-off pulling image \"charter/worker:9.9\"";
    static final String NODE_LOW_ON_MEMORY = "The node was low on resource: memory. Threshold quantity: 100Mi, "
            + "available: 61224Ki. Container worker was using 3712044Ki, request is 2Gi, has larger consumption of "
            + "memory.";
    static final String DEADLINE_MESSAGE = "Job was active longer than specified deadline";

    private KubeFixtures() {
    }

    static KubeCondition condition(String type, String status, String reason, String message) {
        return new KubeCondition(type, status, reason, message);
    }

    static KubeCondition isTrue(String type, String reason, String message) {
        return condition(type, "True", reason, message);
    }

    static KubeContainerView waiting(String reason, String message) {
        return KubeContainerView.ofWaiting(reason, message);
    }

    static KubeContainerView running() {
        return KubeContainerView.ofRunning();
    }

    static KubeContainerView exited(int code) {
        return KubeContainerView.ofTerminated(code == 0 ? "Completed" : "Error", code, null);
    }

    static KubeContainerView terminated(String reason, Integer code, String message) {
        return KubeContainerView.ofTerminated(reason, code, message);
    }

    /** A Job with {@code pods}, no conditions, the standard budget. */
    static KubeJobView job(KubePodView... pods) {
        return job(List.of(), pods);
    }

    static KubeJobView job(List<KubeCondition> conditions, KubePodView... pods) {
        return new KubeJobView(JOB, T0, false, conditions, Arrays.asList(pods), BUDGET_SECONDS);
    }

    static KubeJobView deletingJob(KubePodView... pods) {
        return new KubeJobView(JOB, T0, true, List.of(), Arrays.asList(pods), BUDGET_SECONDS);
    }

    static PodBuilder pod() {
        return new PodBuilder();
    }

    /** A pod of {@link #JOB}: Running with a running worker unless told otherwise. */
    static final class PodBuilder {
        private String name = JOB + "-x2k9p";
        private String phase = "Running";
        private String reason;
        private String message;
        private boolean deleting;
        private final List<KubeCondition> conditions = new ArrayList<>();
        private KubeContainerView worker = running();
        private Instant created = T0.plusSeconds(1);

        PodBuilder name(String value) {
            name = value;
            return this;
        }

        PodBuilder phase(String value) {
            phase = value;
            return this;
        }

        PodBuilder reason(String value, String text) {
            reason = value;
            message = text;
            return this;
        }

        PodBuilder deleting() {
            deleting = true;
            return this;
        }

        PodBuilder condition(KubeCondition value) {
            conditions.add(value);
            return this;
        }

        PodBuilder worker(KubeContainerView value) {
            worker = value;
            return this;
        }

        PodBuilder created(Instant value) {
            created = value;
            return this;
        }

        KubePodView build() {
            return new KubePodView(name, phase, reason, message, deleting, conditions, worker, created);
        }
    }
}
