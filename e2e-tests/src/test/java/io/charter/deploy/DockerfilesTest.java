package io.charter.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.scheduler.executor.WorkerEnvironment;
import io.charter.worker.run.NativeDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker/ checked without a Docker engine: the Dockerfiles are parsed (a small reader for the
 * instructions they use) and compared with what the programs read — WorkerMain's cache variable,
 * the worker contract, DJL's flavours and the pinned PyTorch version, the server's variables.
 * When the worker jar is packaged, it is started with the image's command line and environment.
 */
class DockerfilesTest {

    /** A Dockerfile's instructions, continuation lines joined, comments dropped. */
    record Dockerfile(List<String[]> instructions) {

        static Dockerfile read(String name) {
            List<String[]> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : Repo.read("docker/" + name).split("\n")) {
                String t = line.strip();
                if (t.startsWith("#") || (t.isEmpty() && current.isEmpty())) {
                    continue;
                }
                if (t.endsWith("\\")) {
                    current.append(t, 0, t.length() - 1).append(' ');
                    continue;
                }
                current.append(t);
                String[] parts = current.toString().strip().split("\\s+", 2);
                out.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
                current.setLength(0);
            }
            return new Dockerfile(out);
        }

        List<String> args(String instruction) {
            return instructions.stream().filter(i -> i[0].equals(instruction)).map(i -> i[1]).toList();
        }

        /** ENV of the final stage, in KEY=VALUE form. */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            for (String[] i : instructions) {
                if (i[0].equals("FROM")) {
                    env.clear();
                } else if (i[0].equals("ENV")) {
                    Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)").matcher(i[1]);
                    while (m.find()) {
                        env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
                    }
                }
            }
            return env;
        }

        /** ARG defaults (any stage). */
        Map<String, String> argDefaults() {
            Map<String, String> args = new HashMap<>();
            for (String a : args("ARG")) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    args.put(a.substring(0, eq), a.substring(eq + 1));
                }
            }
            return args;
        }

        List<String> entrypoint() throws IOException {
            List<String> e = args("ENTRYPOINT");
            assertThat(e).as("one ENTRYPOINT").hasSize(1);
            List<String> out = new ArrayList<>();
            new ObjectMapper().readTree(e.get(0)).forEach(n -> out.add(n.asText()));
            return out;
        }

        /** The destination of the COPY whose source ends with {@code sourceSuffix}. */
        String copyDestination(String sourceSuffix) {
            return args("COPY").stream().map(a -> a.replaceAll("--\\S+\\s+", "").split("\\s+"))
                    .filter(p -> p[0].endsWith(sourceSuffix)).map(p -> p[p.length - 1]).findFirst()
                    .orElseThrow(() -> new AssertionError("no COPY of *" + sourceSuffix));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.Dockerfile", "worker-cpu.Dockerfile", "worker-cuda.Dockerfile"})
    void imagesArePinnedAndRunAsNonRoot(String name) {
        Dockerfile d = Dockerfile.read(name);
        Set<String> stages = new java.util.HashSet<>();
        for (String from : d.args("FROM")) {
            String[] p = from.split("\\s+");
            String image = p[0];
            for (var a : d.argDefaults().entrySet()) {
                image = image.replace("${" + a.getKey() + "}", a.getValue());
            }
            if (!stages.contains(image)) {
                assertThat(image).as(from).matches("[a-z0-9./_-]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
            }
            if (p.length == 3) {
                stages.add(p[2]);
            }
        }
        List<String> users = d.args("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).matches("[1-9][0-9]*(:[1-9][0-9]*)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker-cpu.Dockerfile", "worker-cuda.Dockerfile"})
    void workerImageRunsTheWorkerJarAsWorkerMainExpects(String name) throws IOException {
        Dockerfile d = Dockerfile.read(name);
        List<String> cmd = d.entrypoint();
        assertThat(cmd.get(0)).isEqualTo("java");
        int jar = cmd.indexOf("-jar");
        assertThat(jar).isPositive();
        String jarPath = cmd.get(jar + 1);
        assertThat(jarPath).isEqualTo(d.copyDestination("charter-gpu-workers-*.jar"));
        // the jar's manifest class path is lib/ beside it (gpu-workers/pom.xml)
        assertThat(Repo.read("gpu-workers/pom.xml")).contains("<classpathPrefix>lib/</classpathPrefix>");
        String dir = jarPath.substring(0, jarPath.lastIndexOf('/') + 1);
        assertThat(d.copyDestination("gpu-workers/target/lib/")).isEqualTo(dir + "lib/");

        Map<String, String> env = d.env();
        assertThat(env).containsKey(NativeDefaults.CACHE_ENV)
                .containsEntry("DJL_OFFLINE", "true").containsEntry("OPT_OUT_TRACKING", "true")
                .containsEntry("OMP_WAIT_POLICY", "PASSIVE");
        String cache = env.get(NativeDefaults.CACHE_ENV);
        assertThat(d.args("VOLUME")).anyMatch(v -> v.contains("\"" + cache + "\""));
        assertThat(Repo.read("k8s/templates/worker-job.yaml")).contains("mountPath: " + cache);
        // the launch's variables come from the executor, never from the image
        for (String n : List.of(WorkerEnvironment.SERVER_URL, WorkerEnvironment.JOB_ID, WorkerEnvironment.ATTEMPT,
                WorkerEnvironment.JOB_TOKEN, WorkerEnvironment.S3_ENDPOINT, WorkerEnvironment.S3_ACCESS_KEY_ID,
                WorkerEnvironment.S3_SECRET_ACCESS_KEY, WorkerEnvironment.S3_BUCKET)) {
            assertThat(env).doesNotContainKey(n);
        }
        assertThat(env.keySet()).noneMatch(WorkerEnvironment::isSecret);
    }

    @Test
    void cudaImageBringsTheLibtorchDjlExpects() {
        Dockerfile d = Dockerfile.read("worker-cuda.Dockerfile");
        Map<String, String> env = d.env();
        Matcher pinned = Pattern.compile("<pytorch-native.version>([^<]+)<").matcher(Repo.read("pom.xml"));
        assertThat(pinned.find()).isTrue();
        String version = pinned.group(1);
        assertThat(env).containsEntry("PYTORCH_VERSION", version).containsEntry("PYTORCH_LIBRARY_PATH", "/opt/libtorch/lib");
        String flavor = env.get("PYTORCH_FLAVOR");
        // pytorch-jni ships one JNI library per flavour it supports
        assertThat(getClass().getClassLoader().getResource("jnilib/linux-x86_64/" + flavor + "/libdjl_torch.so"))
                .as("DJL's pytorch-jni has no flavour " + flavor).isNotNull();
        String url = d.argDefaults().get("LIBTORCH_URL");
        assertThat(url).contains("/" + flavor + "/").contains(version + "%2B" + flavor);
        assertThat(d.args("RUN")).anyMatch(r -> r.contains("sha256sum -c"));
        assertThat(d.copyDestination("/opt/libtorch")).isEqualTo("/opt/libtorch");
    }

    @Test
    void serverImageListensOnAllInterfacesAndReportsReadiness() throws IOException {
        Dockerfile d = Dockerfile.read("server.Dockerfile");
        Map<String, String> env = d.env();
        assertThat(env).containsEntry("CHARTER_HTTP_HOST", "0.0.0.0");
        assertThat(d.args("EXPOSE")).containsExactly(env.get("CHARTER_HTTP_PORT"));
        assertThat(d.args("HEALTHCHECK")).singleElement().asString()
                .contains("http://127.0.0.1:" + env.get("CHARTER_HTTP_PORT") + "/q/health/ready");
        Set<String> known = Repo.serverVariables();
        env.keySet().stream().filter(k -> k.startsWith("CHARTER_")).forEach(k -> assertThat(known).contains(k));
        assertThat(d.copyDestination("quarkus-app/*.jar")).isEqualTo("/deployments/");
        assertThat(d.entrypoint()).last().asString().contains("/deployments/quarkus-run.jar");
    }

    @Test
    void composeStackWiresTheServerWithItsVariables() throws IOException {
        JsonNode compose = Kustomize.YAML.readTree(Repo.ROOT.resolve("docker/compose.yaml").toFile());
        JsonNode server = compose.at("/services/server");
        Set<String> known = Repo.serverVariables();
        server.get("environment").fieldNames().forEachRemaining(k -> {
            if (!k.equals("<<")) {
                assertThat(known).as("compose server variable").contains(k);
            }
        });
        assertThat(server.at("/build/dockerfile").asText()).isEqualTo("docker/server.Dockerfile");
        for (JsonNode service : compose.get("services")) {
            assertThat(service.has("image")).isTrue();
            assertThat(service.get("image").asText()).doesNotEndWith(":latest").contains(":");
            for (JsonNode v : service.path("volumes")) {
                String source = v.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Repo.ROOT.resolve("docker").resolve(source)).as(v.asText()).exists();
                }
            }
        }
        // the realm placeholders Keycloak's import fills from its environment
        JsonNode kcEnv = compose.at("/services/keycloak/environment");
        assertThat(kcEnv.has("CHARTER_UI_URL") && kcEnv.has("CHARTER_CLIENT_SECRET")).isTrue();
        assertThat(kcEnv.get("CHARTER_CLIENT_SECRET").asText())
                .isEqualTo(compose.at("/x-dev-secrets/CHARTER_OIDC_CLIENT_SECRET").asText());
    }

    /**
     * The packaged worker started as the image starts it (its ENTRYPOINT and ENV, the jar path
     * mapped to the build's), without the launch's variables: it must name them and exit 2.
     * Runs when gpu-workers is packaged (mvn install); a plain `test` build has no jar yet.
     */
    @Test
    void packagedWorkerStartsWithTheImagesCommandLine() throws Exception {
        Path target = Repo.ROOT.resolve("gpu-workers/target");
        Path jar;
        try (Stream<Path> s = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            jar = s.filter(p -> p.getFileName().toString().matches("charter-gpu-workers-.*\\.jar")
                    && !p.getFileName().toString().contains("-sources")).findFirst().orElse(null);
        }
        assumeTrue(jar != null && Files.isDirectory(target.resolve("lib")), "gpu-workers is not packaged");
        Dockerfile d = Dockerfile.read("worker-cpu.Dockerfile");
        List<String> cmd = new ArrayList<>(d.entrypoint());
        cmd.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.set(cmd.indexOf("-jar") + 1, jar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("CHARTER_") || k.startsWith("AWS_"));
        pb.environment().putAll(d.env());
        pb.environment().put(NativeDefaults.CACHE_ENV, target.resolve("image-env-cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains(WorkerEnvironment.SERVER_URL, WorkerEnvironment.JOB_TOKEN);
    }
}
