package io.charter.training.service;

import io.charter.jobs.kubernetes.KubernetesSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How training jobs are dispatched and how local workers are started ({@code charter.training.*}). */
@ConfigMapping(prefix = "charter.training")
public interface WorkerSettings {

    /** Whether this server schedules and reconciles jobs (off for a read-only replica). */
    @WithDefault("true")
    boolean dispatch();

    /** How often queued jobs are considered when nothing wakes the dispatcher earlier. */
    @WithDefault("1s")
    Duration dispatchInterval();

    /** How often running jobs are compared with the executor's live workers. */
    @WithDefault("5s")
    Duration reconcileInterval();

    /** How often a worker sends a heartbeat (sent in its spec). */
    @WithDefault("5s")
    Duration heartbeatInterval();

    /** Silence after which a running worker is lost (several heartbeat intervals). */
    @WithDefault("60s")
    Duration heartbeatTimeout();

    /** Longest time a launched worker may take to report START. */
    @WithDefault("120s")
    Duration startTimeout();

    /** Jobs one tenant may hold running at once (fair share: one tenant cannot take every slot). */
    @WithDefault("2")
    int tenantConcurrency();

    /** How long a job token stays valid after its launch. */
    @WithDefault("24h")
    Duration tokenTtl();

    /** The base URL workers reach the server at; default: this server's own address. */
    Optional<String> serverUrl();

    /** Where workers run: {@code local} processes (the embedded default) or {@code kubernetes} Jobs. */
    @WithDefault("local")
    ExecutorKind executor();

    /** Local worker processes. */
    Local local();

    /** Workers as Kubernetes Jobs ({@code charter.training.executor=kubernetes}). */
    KubernetesSettings kubernetes();

    /** Per-tenant resource quotas; every tenant's jobs together, on any executor. */
    Quota quota();

    /** The executors a server can use. */
    enum ExecutorKind { LOCAL, KUBERNETES }

    interface Quota {

        /** Cores one tenant's running jobs may ask for together; default: no limit. */
        Optional<Double> cpu();

        /** MiB one tenant's running jobs may ask for together; default: no limit. */
        Optional<Long> memoryMb();

        /** GPUs one tenant's running jobs may ask for together; default: no limit. */
        Optional<Integer> gpus();

        /** Tenants with their own quotas, by tenant id: {@code charter.training.quota.tenant."acme".gpus=4}. */
        Map<String, TenantQuota> tenant();
    }

    interface TenantQuota {

        Optional<Double> cpu();

        Optional<Long> memoryMb();

        Optional<Integer> gpus();

        /** Jobs it may run at once; default: {@code charter.training.tenant-concurrency}. */
        Optional<Integer> jobs();
    }


    interface Local {

        /** The runnable worker jar; default: {@code gpu-workers/target/charter-gpu-workers-*.jar} above the working directory. */
        Optional<String> jar();

        /** Extra JVM options for every worker, e.g. {@code -XX:+UseSerialGC}. */
        @WithDefault("-XX:+UseSerialGC")
        String jvmOptions();

        /** Workers running at once on this machine. */
        @WithDefault("2")
        int slots();

        /** Cores lent to workers; default: every core. */
        Optional<Double> cpu();

        /** MiB lent to workers. */
        @WithDefault("8192")
        long memoryMb();

        /** GPUs lent to workers. */
        @WithDefault("0")
        int gpus();

        /** Where workers run and write their logs. */
        @WithDefault("data/workers")
        String dir();

        /** How long a cancelled worker may take to stop before it is killed. */
        @WithDefault("5s")
        Duration grace();
    }
}
