package io.charter.scheduler.executor.kubernetes;

import io.charter.scheduler.executor.kubernetes.WorkerVerdict.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.charter.scheduler.executor.kubernetes.KubeFixtures.BACK_OFF_PULLING;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.DEADLINE_MESSAGE;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.JOB;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.NODE_LOW_ON_MEMORY;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.T0;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.UNSCHEDULABLE_GPU;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.condition;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.deletingJob;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.exited;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.isTrue;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.job;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.pod;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.terminated;
import static io.charter.scheduler.executor.kubernetes.KubeFixtures.waiting;
import static io.charter.scheduler.executor.kubernetes.KubeWorkerClassifier.classify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per row of the table in {@link KubeWorkerClassifier}'s comment, then several pods and odd input. */
class KubeWorkerClassifierTest {

    private static void assertVerdict(WorkerVerdict v, Kind kind, String reason, boolean retryable) {
        assertThat(v.kind()).as(v.toString()).isEqualTo(kind);
        assertThat(v.reason()).as(v.toString()).isEqualTo(reason);
        assertThat(v.retryable()).as(v.toString()).isEqualTo(retryable);
    }

    // ---- the Job ----

    @Test
    void row1_shouldCallAMissingJobGone() {
        WorkerVerdict v = classify(null);
        assertVerdict(v, Kind.GONE, "NotFound", false);
        assertThat(v.isTerminal()).isTrue();
    }

    @Test
    void row2_shouldSucceedACompleteJobWhateverThePodShows() {
        KubeJobView complete = job(List.of(isTrue("Complete", "CompletionsReached",
                "Reached expected number of succeeded pods")), pod().phase("Succeeded").worker(exited(0)).build());
        WorkerVerdict v = classify(complete);
        assertVerdict(v, Kind.SUCCEEDED, "Complete", false);
        assertThat(v.message()).isEqualTo("the Job completed: Reached expected number of succeeded pods");
        assertThat(v.exitCode()).isZero();

        KubeJobView criteria = job(List.of(isTrue("SuccessCriteriaMet", "SuccessPolicy", null)));
        assertVerdict(classify(criteria), Kind.SUCCEEDED, "Complete", false);
    }

    @Test
    void row3_shouldFailForGoodAJobPastItsTimeBudget() {
        KubePodView killed = pod().phase("Failed").deleting().worker(exited(143)).build();
        WorkerVerdict v = classify(job(List.of(isTrue("Failed", "DeadlineExceeded", DEADLINE_MESSAGE)), killed));
        assertVerdict(v, Kind.FAILED, "DeadlineExceeded", false);
        assertThat(v.message()).isEqualTo("the attempt ran past its time budget of 3600 s (activeDeadlineSeconds): "
                + DEADLINE_MESSAGE);
        assertThat(v.exitCode()).isEqualTo(143);
    }

    @Test
    void row3_shouldReadTheFailureTargetConditionSetWhileThePodsStillTerminate() {
        KubeJobView target = new KubeJobView(JOB, T0, false, List.of(isTrue("FailureTarget", "DeadlineExceeded",
                DEADLINE_MESSAGE)), List.of(pod().build()));
        WorkerVerdict v = classify(target);
        assertVerdict(v, Kind.FAILED, "DeadlineExceeded", false);
        assertThat(v.message()).as("no budget known").startsWith("the attempt ran past its time budget "
                + "(activeDeadlineSeconds): ");
    }

    @Test
    void row4_shouldCallADeletedJobWithoutPodsGone() {
        WorkerVerdict v = classify(deletingJob());
        assertVerdict(v, Kind.GONE, "JobDeleted", false);
        assertThat(v.isLive()).isFalse();
    }

    @Test
    void row5_shouldPreemptAJobThatAPodFailurePolicyFailedOnADisruption() {
        String message = "Pod charter/charter-l-7f3a9c-x2k9p has condition DisruptionTarget matching FailJob rule "
                + "at index 0";
        WorkerVerdict v = classify(job(List.of(isTrue("Failed", "PodFailurePolicy", message))));
        assertVerdict(v, Kind.PREEMPTED, "DisruptionTarget", false);
        assertThat(v.message()).endsWith(": " + message);
    }

    @Test
    void row6_shouldFailRetryablyAFailedJobWhosePodsAreGone() {
        WorkerVerdict v = classify(job(List.of(isTrue("Failed", "BackoffLimitExceeded",
                "Job has reached the specified backoff limit"))));
        assertVerdict(v, Kind.FAILED, "BackoffLimitExceeded", true);
        assertThat(v.message()).contains("(BackoffLimitExceeded)").endsWith(": Job has reached the specified backoff "
                + "limit");
    }

    @Test
    void row7_shouldWaitForASuspendedJob() {
        WorkerVerdict v = classify(job(List.of(isTrue("Suspended", "JobSuspended", "Job suspended"))));
        assertVerdict(v, Kind.PENDING, "Suspended", false);
        assertThat(v.message()).contains("suspended").endsWith(": Job suspended");
    }

    @Test
    void row8_shouldWaitForTheJobControllerToCreateThePod() {
        WorkerVerdict v = classify(job());
        assertVerdict(v, Kind.PENDING, "NoPod", false);
        assertThat(v.message()).isEqualTo("waiting for the Job controller to create the pod");
        assertThat(v.isLive()).isTrue();
    }

    // ---- disruptions ----

    @Test
    void row9_shouldPreemptAnEvictedPodEvenThoughTheWorkerShowsExit137() {
        KubePodView evicted = pod().phase("Failed").reason("Evicted", NODE_LOW_ON_MEMORY)
                .condition(isTrue("DisruptionTarget", "TerminationByKubelet", "The node was low on resource: "
                        + "memory. Threshold quantity: 100Mi, available: 61224Ki."))
                .worker(terminated("Error", 137, null)).build();
        WorkerVerdict v = classify(job(List.of(isTrue("Failed", "BackoffLimitExceeded",
                "Job has reached the specified backoff limit")), evicted));
        assertVerdict(v, Kind.PREEMPTED, "Evicted", false);
        assertThat(v.message()).isEqualTo("the pod was evicted by the node: " + NODE_LOW_ON_MEMORY);
        assertThat(v.exitCode()).isEqualTo(137);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Preempting | Preempted in order to admit critical pod                | preempted by the node",
        "NodeLost   | Node gpu-node-2 which was running pod charter-l-7f3a9c-x2k9p is unresponsive | node was lost",
        "Terminated | Pod was terminated in response to imminent node shutdown. | node is shutting down",
        "Shutdown   | Pod was rejected as the node is shutting down.            | node is shutting down",
    })
    void row9_shouldPreemptAPodTheNodeTookAway(String reason, String message, String text) {
        KubePodView pod = pod().phase("Failed").reason(reason, message).worker(exited(143)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.PREEMPTED, reason, false);
        assertThat(v.message()).contains(text).endsWith(": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PreemptionByScheduler  | default-scheduler: preempting to accommodate a higher priority pod | priority",
        "EvictionByEvictionAPI  | Eviction API: evicting                                             | drain",
        "DeletionByTaintManager | Taint manager: deleting due to NoExecute taint                     | NoExecute",
        "TerminationByKubelet   | Pod was terminated in response to imminent node shutdown.          | kubelet",
        "DeletionByPodGC        | PodGC: node no longer exists                                       | garbage",
    })
    void row10_shouldPreemptAPodWithADisruptionTarget(String reason, String message, String text) {
        KubePodView pod = pod().deleting().condition(isTrue("DisruptionTarget", reason, message))
                .worker(terminated("Error", 143, null)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.PREEMPTED, reason, false);
        assertThat(v.message()).contains(text).endsWith(": " + message);
        assertThat(v.exitCode()).isEqualTo(143);
    }

    @Test
    void row10_shouldNameAnUnknownDisruptionReason() {
        KubePodView pod = pod().condition(isTrue("DisruptionTarget", "DeletionByNewController", null)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.PREEMPTED, "DeletionByNewController", false);
        assertThat(v.message()).contains("(DeletionByNewController)");
    }

    @Test
    void row10_shouldIgnoreADisruptionTargetThatIsFalse() {
        KubePodView pod = pod().condition(condition("DisruptionTarget", "False", "EvictionByEvictionAPI", null))
                .build();
        assertVerdict(classify(job(pod)), Kind.RUNNING, "Running", false);
    }

    @Test
    void row11_shouldPreemptAPodWhoseNodeStoppedReporting() {
        KubePodView pod = pod().phase("Unknown").worker(null).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.PREEMPTED, "NodeLost", false);
        assertThat(v.message()).contains("Pod phase Unknown");
    }

    // ---- deadline and deletion ----

    @Test
    void row12_shouldFailForGoodAPodPastItsOwnDeadline() {
        KubePodView pod = pod().phase("Failed").reason("DeadlineExceeded",
                "Pod was active on the node longer than the specified deadline").worker(exited(137)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, "DeadlineExceeded", false);
        assertThat(v.message()).contains("3600 s").endsWith(": Pod was active on the node longer than the "
                + "specified deadline");
    }

    @Test
    void row13_shouldCallAPodStoppedByTheJobsDeletionGone() {
        KubePodView pod = pod().deleting().build();
        assertVerdict(classify(deletingJob(pod)), Kind.GONE, "JobDeleted", false);
    }

    @Test
    void row13_shouldPreemptAPodDeletedBecauseTheJobWasSuspended() {
        KubePodView pod = pod().deleting().worker(exited(143)).build();
        WorkerVerdict v = classify(job(List.of(isTrue("Suspended", "JobSuspended", "Job suspended")), pod));
        assertVerdict(v, Kind.PREEMPTED, "Suspended", false);
        assertThat(v.message()).endsWith(": Job suspended");
    }

    @Test
    void row13_shouldPreemptAPodDeletedFromOutsideWhileTheWorkerRan() {
        WorkerVerdict v = classify(job(pod().deleting().build()));
        assertVerdict(v, Kind.PREEMPTED, "PodDeleted", false);
        assertThat(v.message()).contains("not because the worker failed");
    }

    @Test
    void row13_shouldKeepTheWorkersOwnOutcomeWhenThePodIsDeletedAfterwards() {
        KubePodView pod = pod().phase("Failed").deleting().worker(exited(1)).build();
        assertVerdict(classify(job(pod)), Kind.FAILED, "WorkerFailed", true);
        KubePodView oom = pod().phase("Failed").deleting().worker(terminated("OOMKilled", 137, null)).build();
        assertVerdict(classify(job(oom)), Kind.FAILED, "OOMKilled", true);
    }

    // ---- the worker's exit ----

    @Test
    void row14_shouldRetryAnOomKill() {
        KubePodView pod = pod().phase("Failed").worker(terminated("OOMKilled", 137, null)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, "OOMKilled", true);
        assertThat(v.message()).isEqualTo("the worker was killed for using more memory than its limit (OOMKilled)");
        assertThat(v.exitCode()).isEqualTo(137);
    }

    @ParameterizedTest
    @ValueSource(strings = {"StartError", "ContainerCannotRun"})
    void row15_shouldFailForGoodAWorkerTheRuntimeCannotStart(String reason) {
        String message = "failed to create containerd task: failed to create shim task: OCI runtime create failed: "
                + "runc create failed: unable to start container process: exec: \"java\": executable file not found "
                + "in $PATH: unknown";
        KubePodView pod = pod().phase("Failed").worker(terminated(reason, 128, message)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, reason, false);
        assertThat(v.message()).isEqualTo("the container runtime cannot start the worker: " + message);
    }

    @Test
    void row16_shouldSucceedOnExit0() {
        WorkerVerdict v = classify(job(pod().phase("Succeeded").worker(exited(0)).build()));
        assertVerdict(v, Kind.SUCCEEDED, "Completed", false);
        assertThat(v.exitCode()).isZero();
        assertThat(v.isTerminal()).isTrue();
    }

    @Test
    void row17_shouldSayTheWorkerReportedItsOwnFailureOnExit1() {
        WorkerVerdict v = classify(job(pod().phase("Failed").worker(exited(1)).build()));
        assertVerdict(v, Kind.FAILED, "WorkerFailed", true);
        assertThat(v.message()).contains("reported its failure itself").contains("FAIL");
        assertThat(v.exitCode()).isEqualTo(1);
    }

    @Test
    void row18_shouldLeaveExit2ToTheServerWithTheWorkersLastWords() {
        KubeContainerView worker = terminated("Error", 2, "charter worker: CHARTER_SERVER_URL must be set");
        WorkerVerdict v = classify(job(pod().phase("Failed").worker(worker).build()));
        assertVerdict(v, Kind.FAILED, "ExitCode2", true);
        assertThat(v.message()).contains("could not reach the server")
                .endsWith(": charter worker: CHARTER_SERVER_URL must be set");
    }

    @Test
    void row19_shouldNotRetryAWorkerTheServerStoppedOnExit3() {
        WorkerVerdict v = classify(job(pod().phase("Failed").worker(exited(3)).build()));
        assertVerdict(v, Kind.FAILED, "Fenced", false);
        assertThat(v.message()).contains("stopped by the server");
    }

    @ParameterizedTest(name = "exit {0}")
    @CsvSource(delimiter = '|', value = {
        "137 | the worker was killed by signal 9 (SIGKILL), exit code 137",
        "143 | the worker was killed by signal 15 (SIGTERM), exit code 143",
        "134 | the worker was killed by signal 6 (SIGABRT), exit code 134",
        "42  | the worker exited with code 42",
        "255 | the worker exited with code 255",
    })
    void row20_shouldRetryAnyOtherExitNamingTheCode(int code, String message) {
        WorkerVerdict v = classify(job(pod().phase("Failed").worker(exited(code)).build()));
        assertVerdict(v, Kind.FAILED, "ExitCode" + code, true);
        assertThat(v.message()).isEqualTo(message);
        assertThat(v.exitCode()).isEqualTo(code);
    }

    @Test
    void row21_shouldRetryAPodTheNodeRefusedToAdmit() {
        String message = "Allocate failed due to no healthy devices present; cannot allocate unhealthy devices "
                + "nvidia.com/gpu, which is unexpected";
        KubePodView pod = pod().phase("Failed").reason("UnexpectedAdmissionError", message).worker(null).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, "UnexpectedAdmissionError", true);
        assertThat(v.message()).contains("(UnexpectedAdmissionError)").endsWith(": " + message);
    }

    @Test
    void row22_shouldSucceedASucceededPodWithoutAContainerStatus() {
        assertVerdict(classify(job(pod().phase("Succeeded").worker(null).build())), Kind.SUCCEEDED, "Completed",
                false);
    }

    // ---- the worker waits ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ImagePullBackOff | Back-off pulling image \"charter/worker:9.9\"",
        "ErrImagePull     | rpc error: code = NotFound desc = failed to pull and unpack image "
                + "\"docker.io/charter/worker:9.9\": failed to resolve reference \"docker.io/charter/worker:9.9\": "
                + "docker.io/charter/worker:9.9: not found",
        "InvalidImageName | Failed to apply default image tag \"charter/Worker:9.9\": couldn't parse image reference "
                + "\"charter/Worker:9.9\": invalid reference format: repository name must be lowercase",
        "ErrImageNeverPull | Container image \"charter/worker:9.9\" is not present with pull policy of Never",
    })
    void row23_shouldFailFastOnAnImageThatCannotBePulled(String reason, String message) {
        KubePodView pod = pod().phase("Pending").worker(waiting(reason, message)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, reason, false);
        assertThat(v.message()).isEqualTo("the worker image cannot be pulled: " + message);
    }

    @Test
    void row23_shouldMatchTheExampleOfTheBrief() {
        KubePodView pod = pod().phase("Pending").worker(waiting("ImagePullBackOff", BACK_OFF_PULLING)).build();
        assertThat(classify(job(pod)).message())
                .isEqualTo("the worker image cannot be pulled: Back-off pulling image \"charter/worker:9.9\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret \"charter-job-token\" not found", "configmap \"charter-worker\" not found"})
    void row24_shouldFailFastOnAMissingSecretOrConfigMap(String message) {
        KubePodView pod = pod().phase("Pending").worker(waiting("CreateContainerConfigError", message)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, "CreateContainerConfigError", false);
        assertThat(v.message()).contains("Secret or ConfigMap").endsWith(": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CreateContainerError | failed to reserve container name \"worker_charter-l-7f3a9c-x2k9p_charter_0\": name "
                + "is reserved",
        "RunContainerError    | failed to start container \"worker\": Error response from daemon: failed to create "
                + "shim: OCI runtime create failed",
    })
    void row25_shouldFailFastWhenTheRuntimeCannotCreateTheContainer(String reason, String message) {
        KubePodView pod = pod().phase("Pending").worker(waiting(reason, message)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, reason, false);
        assertThat(v.message()).endsWith(": " + message);
    }

    @Test
    void row26_shouldRetryACrashLoop() {
        String message = "back-off 5m0s restarting failed container=worker pod=charter-l-7f3a9c-x2k9p_charter";
        KubePodView pod = pod().phase("Running").worker(waiting("CrashLoopBackOff", message)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.FAILED, "CrashLoopBackOff", true);
        assertThat(v.message()).endsWith(": " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ContainerCreating", "PodInitializing"})
    void row27_shouldBeStartingWhileTheContainerIsCreated(String reason) {
        KubePodView pod = pod().phase("Pending").condition(isTrue("PodScheduled", null, null))
                .worker(waiting(reason, null)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.STARTING, reason, false);
        assertThat(v.message()).isEqualTo("the pod is on a node and the worker container is being created ("
                + reason + ")");
        assertThat(v.isLive()).isTrue();
    }

    @Test
    void row27_shouldBeStartingOnAnUnknownWaitingReasonNamingIt() {
        KubePodView pod = pod().phase("Pending").worker(waiting("SandboxCreating", "creating pod sandbox")).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.STARTING, "SandboxCreating", false);
        assertThat(v.message()).endsWith(": creating pod sandbox");
    }

    @Test
    void row28_shouldBeRunning() {
        WorkerVerdict v = classify(job(pod().build()));
        assertVerdict(v, Kind.RUNNING, "Running", false);
        assertThat(v.isLive()).isTrue();
        assertVerdict(classify(job(pod().worker(null).build())), Kind.RUNNING, "Running", false);
    }

    // ---- before the container ----

    @Test
    void row29_shouldWaitWithTheSchedulersMessage() {
        KubePodView pod = pod().phase("Pending").worker(null)
                .condition(condition("PodScheduled", "False", "Unschedulable", UNSCHEDULABLE_GPU)).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.PENDING, "Unschedulable", false);
        assertThat(v.message()).isEqualTo("the pod waits for a node (Unschedulable): " + UNSCHEDULABLE_GPU);
    }

    @Test
    void row29_shouldWaitOnSchedulingGates() {
        KubePodView pod = pod().phase("Pending").worker(null).condition(condition("PodScheduled", "False",
                "SchedulingGated", "Scheduling is blocked due to non-empty scheduling gates")).build();
        WorkerVerdict v = classify(job(pod));
        assertVerdict(v, Kind.PENDING, "SchedulingGated", false);
        assertThat(v.message()).endsWith(": Scheduling is blocked due to non-empty scheduling gates");
    }

    @Test
    void row30_shouldBeStartingOnceScheduled() {
        KubePodView pod = pod().phase("Pending").worker(null).condition(isTrue("PodScheduled", null, null)).build();
        assertVerdict(classify(job(pod)), Kind.STARTING, "Scheduled", false);
    }

    @Test
    void row31_shouldWaitForTheSchedulerOnAFreshPod() {
        WorkerVerdict v = classify(job(pod().phase("Pending").worker(null).build()));
        assertVerdict(v, Kind.PENDING, "Unscheduled", false);
        assertThat(v.message()).isEqualTo("the pod waits for the Kubernetes scheduler");
    }

    // ---- several pods ----

    @Test
    void shouldJudgeTheReplacementPodAfterAnEviction() {
        KubePodView evicted = pod().name("a").phase("Failed").reason("Evicted", NODE_LOW_ON_MEMORY)
                .worker(exited(137)).created(T0).build();
        KubePodView waits = pod().name("b").phase("Pending").worker(null).created(T0.plusSeconds(60))
                .condition(condition("PodScheduled", "False", "Unschedulable", UNSCHEDULABLE_GPU)).build();
        assertVerdict(classify(job(waits, evicted)), Kind.PENDING, "Unschedulable", false);
        KubePodView runs = pod().name("b").created(T0.plusSeconds(60)).build();
        assertVerdict(classify(job(evicted, runs)), Kind.RUNNING, "Running", false);
    }

    @Test
    void shouldPreemptWhenTheEvictionExplainsTheNewestPodsEnd() {
        KubePodView evicted = pod().name("a").phase("Failed").reason("Evicted", NODE_LOW_ON_MEMORY)
                .worker(exited(137)).created(T0).build();
        KubePodView killed = pod().name("b").phase("Failed").worker(exited(143)).created(T0.plusSeconds(60)).build();
        WorkerVerdict v = classify(job(killed, evicted));
        assertVerdict(v, Kind.PREEMPTED, "Evicted", false);
        assertThat(v.message()).endsWith(NODE_LOW_ON_MEMORY);
    }

    @Test
    void shouldKeepTheWorkersOwnWordOverAnOlderEviction() {
        KubePodView evicted = pod().name("a").phase("Failed").reason("Evicted", NODE_LOW_ON_MEMORY).created(T0)
                .worker(exited(137)).build();
        KubePodView failed = pod().name("b").phase("Failed").worker(exited(1)).created(T0.plusSeconds(60)).build();
        assertVerdict(classify(job(evicted, failed)), Kind.FAILED, "WorkerFailed", true);
        KubePodView done = pod().name("b").phase("Succeeded").worker(exited(0)).created(T0.plusSeconds(60)).build();
        assertVerdict(classify(job(evicted, done)), Kind.SUCCEEDED, "Completed", false);
        KubePodView badImage = pod().name("b").phase("Pending").created(T0.plusSeconds(60))
                .worker(waiting("ImagePullBackOff", BACK_OFF_PULLING)).build();
        assertVerdict(classify(job(evicted, badImage)), Kind.FAILED, "ImagePullBackOff", false);
    }

    @Test
    void shouldNotPreemptWhileAnotherPodIsLive() {
        KubePodView evicted = pod().name("a").phase("Failed").reason("Evicted", NODE_LOW_ON_MEMORY).created(T0)
                .worker(exited(137)).build();
        KubePodView older = pod().name("o").created(T0.minusSeconds(60)).build();
        KubePodView killed = pod().name("b").phase("Failed").worker(exited(143)).created(T0.plusSeconds(60)).build();
        assertVerdict(classify(job(older, evicted, killed)), Kind.FAILED, "ExitCode143", true);
    }

    @Test
    void shouldJudgeTheNewestPodThatIsNotBeingDeleted() {
        KubePodView deletingNewer = pod().name("b").deleting().created(T0.plusSeconds(60))
                .condition(isTrue("DisruptionTarget", "EvictionByEvictionAPI", "Eviction API: evicting")).build();
        KubePodView waits = pod().name("a").phase("Pending").worker(null).created(T0).build();
        assertVerdict(classify(job(deletingNewer, waits)), Kind.PENDING, "Unscheduled", false);
    }

    @Test
    void shouldJudgeByCreationTimeNotListOrder() {
        KubePodView newer = pod().name("b").phase("Failed").worker(exited(3)).created(T0.plusSeconds(60)).build();
        KubePodView older = pod().name("a").phase("Failed").worker(exited(1)).created(T0).build();
        assertVerdict(classify(job(newer, older)), Kind.FAILED, "Fenced", false);
        assertVerdict(classify(job(older, newer)), Kind.FAILED, "Fenced", false);
    }

    @Test
    void shouldTakeTheLaterListedPodAsNewerWithoutCreationTimes() {
        KubePodView first = new KubePodView("a", "Failed", null, null, false, List.of(), exited(1));
        KubePodView second = new KubePodView("b", "Failed", null, null, false, List.of(), exited(3));
        assertVerdict(classify(job(first, second)), Kind.FAILED, "Fenced", false);
        assertVerdict(classify(job(second, first)), Kind.FAILED, "WorkerFailed", true);
    }

    // ---- odd input ----

    @Test
    void shouldTreatNullListsAndNullEntriesAsEmpty() {
        KubeJobView view = new KubeJobView(JOB, null, false, null, null);
        assertThat(view.conditions()).isEmpty();
        assertThat(view.pods()).isEmpty();
        assertVerdict(classify(view), Kind.PENDING, "NoPod", false);

        KubeJobView withNulls = new KubeJobView(null, null, false, Arrays.asList(null, null),
                Arrays.asList(null, pod().build()));
        assertThat(withNulls.pods()).hasSize(1);
        assertVerdict(classify(withNulls), Kind.RUNNING, "Running", false);
    }

    @Test
    void shouldJudgeAPodWithNothingButNullsAsWaitingForTheScheduler() {
        KubePodView empty = new KubePodView(null, null, null, null, false, null, null, null);
        assertVerdict(classify(job(empty)), Kind.PENDING, "Unscheduled", false);
    }

    @Test
    void shouldNameAnUnrecognisedPhase() {
        WorkerVerdict v = classify(job(pod().phase("Hibernating").worker(null).build()));
        assertVerdict(v, Kind.PENDING, "Unscheduled", false);
        assertThat(v.message()).contains("\"Hibernating\"");
    }

    @Test
    void shouldFailRetryablyATerminationWithoutAnExitCode() {
        WorkerVerdict v = classify(job(pod().phase("Failed").worker(terminated("Error", null, "boom")).build()));
        assertVerdict(v, Kind.FAILED, "Error", true);
        assertThat(v.message()).contains("(Error)").endsWith(": boom");
        assertThat(v.exitCode()).isNull();
        KubeContainerView blank = new KubeContainerView(" ", null, false, " ", null, null);
        assertVerdict(classify(job(pod().phase("Failed").worker(blank).build())), Kind.FAILED, "Terminated", true);
    }

    @Test
    void shouldReadKubernetesWordsWithoutRegardToCase() {
        KubePodView pod = pod().phase("pending").worker(null)
                .condition(condition("podscheduled", "false", "Unschedulable", UNSCHEDULABLE_GPU)).build();
        assertVerdict(classify(job(pod)), Kind.PENDING, "Unschedulable", false);
    }

    /** Any combination of the values Kubernetes uses, nulls and junk gives a verdict, never an exception. */
    @Test
    void shouldGiveAVerdictForAnyCombination() {
        Random random = new Random(20260301);
        List<KubeJobView> jobs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            jobs.add(randomJob(random));
        }
        for (KubeJobView j : jobs) {
            WorkerVerdict v = classify(j);
            assertThat(v.message()).as(j.toString()).isNotBlank();
            assertThat(v.reason()).as(j.toString()).isNotBlank();
            assertThat(v.retryable() && v.kind() != Kind.FAILED).as(j.toString()).isFalse();
        }
    }

    private static final String[] PHASES = {"Pending", "Running", "Succeeded", "Failed", "Unknown", null, "", "X"};
    private static final String[] POD_REASONS = {null, "", "Evicted", "Preempting", "NodeLost", "Terminated",
        "DeadlineExceeded", "UnexpectedAdmissionError", "OutOfcpu"};
    private static final String[] CONDITION_TYPES = {"Complete", "Failed", "FailureTarget", "Suspended",
        "SuccessCriteriaMet", "PodScheduled", "DisruptionTarget", "Ready", null, ""};
    private static final String[] STATUSES = {"True", "False", "Unknown", null};
    private static final String[] REASONS = {null, "", "DeadlineExceeded", "BackoffLimitExceeded", "PodFailurePolicy",
        "Unschedulable", "EvictionByEvictionAPI", "ErrImagePull", "CreateContainerConfigError", "CrashLoopBackOff",
        "ContainerCreating", "OOMKilled", "StartError", "Completed", "Error"};
    private static final String[] MESSAGES = {null, "", " ", "DisruptionTarget", UNSCHEDULABLE_GPU};
    private static final Integer[] EXIT_CODES = {null, 0, 1, 2, 3, 128, 137, 143, 255, -1};

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static KubeJobView randomJob(Random random) {
        List<KubePodView> pods = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            pods.add(random.nextInt(10) == 0 ? null : randomPod(random));
        }
        return new KubeJobView(random.nextBoolean() ? JOB : null, random.nextBoolean() ? T0 : null,
                random.nextBoolean(), randomConditions(random), pods, random.nextBoolean() ? 3600L : null);
    }

    private static KubePodView randomPod(Random random) {
        KubeContainerView worker = random.nextInt(5) == 0 ? null : new KubeContainerView(pick(random, REASONS),
                pick(random, MESSAGES), random.nextBoolean(), pick(random, REASONS), pick(random, EXIT_CODES),
                pick(random, MESSAGES));
        return new KubePodView("p", pick(random, PHASES), pick(random, POD_REASONS), pick(random, MESSAGES),
                random.nextBoolean(), randomConditions(random), worker,
                random.nextBoolean() ? null : T0.plusSeconds(random.nextInt(3)));
    }

    private static List<KubeCondition> randomConditions(Random random) {
        List<KubeCondition> conditions = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            conditions.add(new KubeCondition(pick(random, CONDITION_TYPES), pick(random, STATUSES),
                    pick(random, REASONS), pick(random, MESSAGES)));
        }
        return conditions;
    }

    // ---- the verdict itself ----

    @ParameterizedTest
    @EnumSource(Kind.class)
    void shouldBeLiveExactlyWhilePendingStartingOrRunning(Kind kind) {
        WorkerVerdict v = new WorkerVerdict(kind, "R", "m", false, null);
        boolean live = kind == Kind.PENDING || kind == Kind.STARTING || kind == Kind.RUNNING;
        assertThat(v.isLive()).isEqualTo(live);
        assertThat(v.isTerminal()).isEqualTo(!live);
    }

    @Test
    void shouldRefuseARetryableVerdictThatIsNotAFailure() {
        assertThatThrownBy(() -> new WorkerVerdict(Kind.PREEMPTED, "Evicted", "evicted", true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryable PREEMPTED");
        assertThatThrownBy(() -> new WorkerVerdict(Kind.FAILED, " ", "m", true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
