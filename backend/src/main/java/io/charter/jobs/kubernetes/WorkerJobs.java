package io.charter.jobs.kubernetes;

import io.charter.scheduler.executor.JobLaunch;
import io.charter.scheduler.executor.WorkerEnvironment;
import io.charter.scheduler.job.Resources;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the Kubernetes executor creates for one launch: the Secret with the launch's secret
 * environment, and a {@code batch/v1} Job whose one pod runs the worker image (the shape of
 * {@code k8s/templates/worker-job.yaml}). Pure: builds objects, calls nothing.
 *
 * <p>{@code backoffLimit: 0} and {@code restartPolicy: Never}: retries are the server's, so every
 * attempt is counted, fenced and resumed from its checkpoint. {@code activeDeadlineSeconds} is the
 * job's time budget; {@code ttlSecondsAfterFinished} lets Kubernetes delete finished Jobs (their
 * logs are copied first).
 */
public final class WorkerJobs {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String CHARTER = "charter";
    public static final String COMPONENT = "app.kubernetes.io/component";
    public static final String TENANT = "charter.io/tenant";
    public static final String PROJECT = "charter.io/project";
    public static final String JOB = "charter.io/job";
    public static final String ATTEMPT = "charter.io/attempt";
    public static final String LAUNCH = "charter.io/launch";
    public static final String LOG_SINK = "charter.io/log-sink";
    public static final String TENANT_ANNOTATION = "charter.io/tenant-id";
    public static final String CONTAINER = "worker";
    public static final String GPU = "nvidia.com/gpu";
    private static final Pattern LABEL_UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern NAME_UNSAFE = Pattern.compile("[^a-z0-9-]");

    private final KubernetesSettings settings;

    public WorkerJobs(KubernetesSettings settings) {
        this.settings = settings;
    }

    /** The Job's and the Secret's name: unique per launch, a DNS label. */
    public static String name(String launchId) {
        return "charter-" + launchId;
    }

    /** Whether namespaces are one per tenant. */
    public boolean perTenant() {
        return settings.namespacePerTenant();
    }

    /** The namespace of {@code tenant}'s workers (the shared one when not per tenant). */
    public String namespace(String tenant) {
        if (!settings.namespacePerTenant() || tenant == null) {
            return settings.namespace();
        }
        String name = settings.namespacePrefix() + NAME_UNSAFE.matcher(tenant.toLowerCase(Locale.ROOT)).replaceAll("-");
        return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
    }

    /** The launch's secret environment entries ({@link WorkerEnvironment#isSecret}). */
    public Secret secret(JobLaunch launch, String namespace) {
        Map<String, String> data = new LinkedHashMap<>();
        launch.environment().forEach((k, v) -> {
            if (WorkerEnvironment.isSecret(k)) {
                data.put(k, v);
            }
        });
        return new SecretBuilder().withNewMetadata().withName(name(launch.launchId())).withNamespace(namespace)
                .withLabels(labels(launch)).endMetadata()
                .withType("Opaque").withStringData(data).build();
    }

    /** The Job of one launch. */
    public Job job(JobLaunch launch, String namespace) {
        String name = name(launch.launchId());
        boolean gpu = launch.resources().gpus() > 0;
        Duration deadline = launch.maxRuntime() == null ? settings.activeDeadline() : launch.maxRuntime();
        Map<String, String> nodeSelector = new LinkedHashMap<>(settings.nodeSelector());
        if (gpu) {
            nodeSelector.putAll(settings.gpuNodeSelector());
        }
        PodSpecBuilder pod = new PodSpecBuilder()
                .withRestartPolicy("Never")
                .withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false)
                .withNewSecurityContext().withRunAsNonRoot(true).withRunAsUser(10001L).withRunAsGroup(10001L)
                .withFsGroup(10001L).withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                .endSecurityContext()
                .withNodeSelector(nodeSelector.isEmpty() ? null : nodeSelector)
                .withTolerations(gpu ? tolerations(settings.gpuTolerations()) : List.of())
                .withContainers(container(launch, name, gpu))
                .addNewVolume().withName("tmp").withNewEmptyDir().withSizeLimit(new Quantity("20Gi")).endEmptyDir()
                .endVolume()
                .addNewVolume().withName("cache").withNewEmptyDir().withSizeLimit(new Quantity("2Gi")).endEmptyDir()
                .endVolume();
        settings.serviceAccount().ifPresent(pod::withServiceAccountName);
        settings.priorityClass().ifPresent(pod::withPriorityClassName);
        if (gpu) {
            settings.gpuRuntimeClass().ifPresent(pod::withRuntimeClassName);
        }
        return new JobBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels(launch))
                .addToAnnotations(LOG_SINK, launch.logSink().toString())
                .addToAnnotations(TENANT_ANNOTATION, launch.tenant())
                .endMetadata()
                .withNewSpec()
                .withBackoffLimit(0)
                .withActiveDeadlineSeconds(Math.max(1, deadline.toSeconds()))
                .withTtlSecondsAfterFinished((int) Math.min(Integer.MAX_VALUE, settings.ttlAfterFinished().toSeconds()))
                .withNewTemplate().withNewMetadata().withLabels(labels(launch)).endMetadata()
                .withSpec(pod.build()).endTemplate()
                .endSpec().build();
    }

    private Container container(JobLaunch launch, String secretName, boolean gpu) {
        List<EnvVar> env = new ArrayList<>();
        launch.environment().forEach((k, v) -> env.add(WorkerEnvironment.isSecret(k)
                ? new EnvVarBuilder().withName(k).withNewValueFrom().withNewSecretKeyRef(k, secretName, false)
                .endValueFrom().build()
                : new EnvVarBuilder().withName(k).withValue(v).build()));
        Resources r = launch.resources();
        Map<String, Quantity> requests = new LinkedHashMap<>();
        Map<String, Quantity> limits = new LinkedHashMap<>();
        requests.put("cpu", new Quantity(r.cpuMillis() + "m"));
        requests.put("memory", new Quantity(r.memoryMb() + "Mi"));
        limits.put("memory", new Quantity(r.memoryMb() + "Mi"));
        if (gpu) {
            // extended resources are requested as limits (Kubernetes sets the request equal)
            requests.put(GPU, new Quantity(Integer.toString(r.gpus())));
            limits.put(GPU, new Quantity(Integer.toString(r.gpus())));
        }
        return new ContainerBuilder().withName(CONTAINER)
                .withImage(gpu ? settings.gpuImage() : settings.image())
                .withImagePullPolicy(settings.imagePullPolicy())
                .withEnv(env)
                .withNewResources().withRequests(requests).withLimits(limits).endResources()
                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withReadOnlyRootFilesystem(true)
                .withNewCapabilities().withDrop("ALL").endCapabilities().endSecurityContext()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                .addNewVolumeMount().withName("cache").withMountPath("/var/cache/charter-worker").endVolumeMount()
                .build();
    }

    /** {@code key[=value]:Effect} → a toleration (Exists without a value, Equal with one). */
    static List<Toleration> tolerations(List<String> specs) {
        List<Toleration> out = new ArrayList<>();
        for (String spec : specs) {
            if (spec.isBlank()) {
                continue;
            }
            int colon = spec.lastIndexOf(':');
            String keyValue = colon < 0 ? spec : spec.substring(0, colon);
            String effect = colon < 0 ? null : spec.substring(colon + 1);
            int eq = keyValue.indexOf('=');
            TolerationBuilder t = new TolerationBuilder().withEffect(effect);
            if (eq < 0) {
                t.withKey(keyValue).withOperator("Exists");
            } else {
                t.withKey(keyValue.substring(0, eq)).withOperator("Equal").withValue(keyValue.substring(eq + 1));
            }
            out.add(t.build());
        }
        return out;
    }

    /** The labels of a launch's Secret, Job and pod: selected by, and shown to operators. */
    static Map<String, String> labels(JobLaunch launch) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(MANAGED_BY, CHARTER);
        labels.put(COMPONENT, "charter-worker");
        labels.put(TENANT, labelValue(launch.tenant()));
        if (launch.project() != null) {
            labels.put(PROJECT, labelValue(launch.project()));
        }
        labels.put(JOB, labelValue(launch.jobId()));
        labels.put(ATTEMPT, Integer.toString(launch.attempt()));
        labels.put(LAUNCH, launch.launchId());
        return labels;
    }

    /** A label value: at most 63 of {@code [A-Za-z0-9._-]}, starting and ending alphanumeric. */
    public static String labelValue(String value) {
        String v = LABEL_UNSAFE.matcher(value).replaceAll("_");
        v = v.length() > 63 ? v.substring(0, 63) : v;
        return v.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
    }

    /** Whether the Job has finished (Complete or Failed), so it no longer holds capacity. */
    public static boolean finished(Job job) {
        if (job.getStatus() == null || job.getStatus().getConditions() == null) {
            return false;
        }
        for (JobCondition c : job.getStatus().getConditions()) {
            if (("Complete".equals(c.getType()) || "Failed".equals(c.getType())) && "True".equals(c.getStatus())) {
                return true;
            }
        }
        return false;
    }

    /** What the Job's worker container requests. */
    public static Resources requests(Job job) {
        try {
            Map<String, Quantity> requests = job.getSpec().getTemplate().getSpec().getContainers().get(0)
                    .getResources().getRequests();
            return new Resources(amount(requests.get("cpu"), 1000), amount(requests.get("memory"), 1.0 / (1 << 20)),
                    (int) amount(requests.get(GPU), 1));
        } catch (RuntimeException e) {
            return Resources.NONE; // not one of ours in shape; it holds nothing we count
        }
    }

    private static long amount(Quantity q, double scale) {
        if (q == null) {
            return 0;
        }
        BigDecimal value = Quantity.getAmountInBytes(q);
        return Math.round(value.doubleValue() * scale);
    }
}
