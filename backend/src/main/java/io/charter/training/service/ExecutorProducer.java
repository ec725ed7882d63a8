package io.charter.training.service;

import io.charter.jobs.kubernetes.KubernetesExecutor;
import io.charter.jobs.kubernetes.KubernetesSettings;
import io.charter.jobs.kubernetes.WorkerJobs;
import io.charter.jobs.local.LocalProcessExecutor;
import io.charter.scheduler.executor.Executor;
import io.charter.scheduler.job.Resources;
import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The server's {@link Executor}, chosen by {@code charter.training.executor}: {@code local} (the
 * embedded default: the worker jar as local OS processes, each in its own JVM) or
 * {@code kubernetes} (one Job per launch, through the client {@code quarkus.kubernetes-client.*}
 * configures; in a pod, the service account's).
 */
@ApplicationScoped
public class ExecutorProducer {

    @Produces
    @Singleton
    @Typed(LocalProcessExecutor.class)
    LocalProcessExecutor local(WorkerSettings settings) {
        WorkerSettings.Local local = settings.local();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Arrays.stream(local.jvmOptions().split("\\s+")).filter(s -> !s.isBlank()).toList());
        command.add("-jar");
        command.add(jar(local).toString());
        Path dir = Path.of(local.dir()).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the worker directory " + dir, e);
        }
        double cpu = local.cpu().orElse((double) Runtime.getRuntime().availableProcessors());
        return new LocalProcessExecutor(command, dir, local.slots(),
                new Resources(Math.round(cpu * 1000), local.memoryMb(), local.gpus()), local.grace());
    }

    @Produces
    @Singleton
    Executor executor(WorkerSettings settings, Instance<LocalProcessExecutor> local,
                      Instance<KubernetesClient> kubernetes) {
        return switch (settings.executor()) {
            case LOCAL -> local.get();
            case KUBERNETES -> {
                KubernetesSettings k = settings.kubernetes();
                Resources total = new Resources(Math.round(k.cpu() * 1000), k.memoryMb(), k.gpus());
                var quotas = TenantQuotas.of(settings);
                yield new KubernetesExecutor(kubernetes.get(), new WorkerJobs(k), total, quotas::resourcesOf,
                        Clock.systemUTC());
            }
        };
    }

    static Path jar(WorkerSettings.Local local) {
        if (local.jar().isPresent()) {
            return Path.of(local.jar().get()).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path target = dir.resolve("gpu-workers").resolve("target");
            if (Files.isDirectory(target)) {
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "charter-gpu-workers-*.jar")) {
                    for (Path jar : jars) {
                        if (!jar.getFileName().toString().endsWith("-sources.jar")) {
                            return jar;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        // checked when the first job is launched: the server itself runs without a worker jar
        return Path.of("charter-gpu-workers.jar").toAbsolutePath();
    }
}
