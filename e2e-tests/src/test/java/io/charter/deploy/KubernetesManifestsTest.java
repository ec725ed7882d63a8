package io.charter.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.charter.scheduler.executor.WorkerEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * k8s/ checked offline: each overlay rendered ({@link Kustomize}) and every document validated
 * against the Kubernetes API's models ({@link ManifestValidator}), then the properties the
 * deployment relies on — probes, non-root, replicas, least-privilege RBAC, network isolation of
 * training pods, the worker Job's contract with the worker program. The negative tests break a
 * valid document on purpose and expect the validator to say so.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Repo.ROOT.resolve("k8s");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedDocumentIsValid(String overlay) {
        List<ObjectNode> docs = Kustomize.render(K8S.resolve("overlays").resolve(overlay));
        assertThat(docs).hasSizeGreaterThan(10);
        assertThat(docs.stream().flatMap(d -> ManifestValidator.problems(d).stream()).toList()).isEmpty();
    }

    @Test
    void templatesAreValid() throws Exception {
        try (var files = Files.list(K8S.resolve("templates"))) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(templates).isNotEmpty();
            for (Path t : templates) {
                for (ObjectNode doc : Kustomize.readAll(t)) {
                    assertThat(ManifestValidator.problems(doc)).as(t.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void prodServerIsReplicatedProbedAndNonRoot() {
        JsonNode d = find(Kustomize.render(K8S.resolve("overlays/prod")), "Deployment", "charter-server");
        assertThat(d.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode pod = d.at("/spec/template/spec");
        JsonNode c = pod.at("/containers/0");
        assertThat(c.at("/image").asText()).isEqualTo("registry.example.com/charter/charter-server:0.1.0");
        assertThat(c.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(c.at("/resources/requests/memory").isMissingNode()).isFalse();
        assertThat(c.at("/resources/limits/memory").isMissingNode()).isFalse();
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(find(Kustomize.render(K8S.resolve("overlays/prod")), "PodDisruptionBudget", "charter-server")
                .at("/spec/selector/matchLabels")).isEqualTo(d.at("/spec/selector/matchLabels"));
        // the base's container settings survive the patch (merged by container name, not replaced)
        assertThat(c.at("/env").size()).isEqualTo(5);
        assertThat(c.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
    }

    @Test
    void serverEnvironmentUsesOnlyVariablesTheServerReads() {
        Set<String> known = Repo.serverVariables();
        assertThat(known).contains("CHARTER_DB_URL", "CHARTER_OIDC_CLIENT_SECRET", "CHARTER_S3_SECRET_KEY");
        for (String overlay : List.of("dev", "prod")) {
            List<ObjectNode> docs = Kustomize.render(K8S.resolve("overlays").resolve(overlay));
            Set<String> names = new TreeSet<>();
            find(docs, "ConfigMap", "charter-server-config").get("data").fieldNames().forEachRemaining(names::add);
            find(docs, "Deployment", "charter-server").at("/spec/template/spec/containers/0/env")
                    .forEach(e -> names.add(e.get("name").asText()));
            assertThat(known).as("README 'Configuration (production)'").containsAll(names);
            // what a production server cannot do without
            assertThat(names).contains("CHARTER_HTTP_HOST", "CHARTER_DB_URL", "CHARTER_DB_USER", "CHARTER_DB_PASSWORD",
                    "CHARTER_DB_OWNER_USER", "CHARTER_DB_OWNER_PASSWORD", "CHARTER_OIDC_URL", "CHARTER_OIDC_CLIENT_ID",
                    "CHARTER_OIDC_CLIENT_SECRET", "CHARTER_S3_ENDPOINT", "CHARTER_S3_ACCESS_KEY",
                    "CHARTER_S3_SECRET_KEY", "CHARTER_S3_BUCKET", "CHARTER_TRAINING_SERVER_URL");
            // secrets never sit in the ConfigMap
            find(docs, "ConfigMap", "charter-server-config").get("data").fieldNames()
                    .forEachRemaining(n -> assertThat(WorkerEnvironment.isSecret(n)).as(n).isFalse());
        }
    }

    @Test
    void serverMayOnlyManageJobsTheirSecretsAndReadPods() {
        List<ObjectNode> docs = Kustomize.render(K8S.resolve("overlays/prod"));
        JsonNode role = find(docs, "Role", "charter-job-launcher");
        assertThat(role.at("/metadata/namespace").asText()).isEqualTo("charter-jobs");
        assertThat(rules(role)).containsExactlyInAnyOrder(
                "batch/jobs: create,delete,get,list,watch",
                "/pods: get,list,watch",
                "/pods/log: get",
                "/secrets: create,delete,get,patch,update");
        assertThat(docs.stream().filter(d -> d.path("kind").asText().startsWith("Cluster")).toList()).isEmpty();
        JsonNode binding = find(docs, "RoleBinding", "charter-job-launcher");
        JsonNode subject = binding.at("/subjects/0");
        assertThat(binding.at("/subjects").size()).isEqualTo(1);
        JsonNode sa = find(docs, "ServiceAccount", subject.get("name").asText());
        assertThat(sa.at("/metadata/namespace").asText()).isEqualTo(subject.get("namespace").asText());
        assertThat(find(docs, "Deployment", "charter-server").at("/spec/template/spec/serviceAccountName").asText())
                .isEqualTo(sa.at("/metadata/name").asText());
    }

    @Test
    void trainingPodsReachOnlyTheServerS3AndDns() {
        for (String overlay : List.of("dev", "prod")) {
            List<ObjectNode> docs = Kustomize.render(K8S.resolve("overlays").resolve(overlay));
            List<JsonNode> jobsPolicies = docs.stream().filter(d -> d.path("kind").asText().equals("NetworkPolicy")
                    && d.at("/metadata/namespace").asText().equals("charter-jobs")).collect(Collectors.toList());
            JsonNode deny = find(docs, "NetworkPolicy", "charter-jobs-default-deny");
            assertThat(deny.at("/spec/podSelector").size()).isZero();
            assertThat(texts(deny.at("/spec/policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(deny.at("/spec").has("ingress") || deny.at("/spec").has("egress")).isFalse();
            for (JsonNode p : jobsPolicies) {
                assertThat(p.at("/spec").has("ingress")).as("no ingress into training pods").isFalse();
                for (JsonNode rule : p.at("/spec/egress")) {
                    // every rule names its peers and ports: never "anywhere"
                    assertThat(rule.path("to").size()).as(p.at("/metadata/name") + " egress peers").isPositive();
                    assertThat(rule.path("ports").size()).as(p.at("/metadata/name") + " egress ports").isPositive();
                    for (JsonNode peer : rule.get("to")) {
                        assertThat(peer.has("podSelector") || peer.has("ipBlock")).as(peer.toString()).isTrue();
                    }
                }
            }
            JsonNode server = find(docs, "NetworkPolicy", "charter-worker-egress-server").at("/spec/egress/0/to/0");
            assertThat(server.at("/podSelector/matchLabels/app.kubernetes.io~1component").asText()).isEqualTo("charter-server");
            // the database admits the server only
            JsonNode db = find(docs, "NetworkPolicy", "charter-database-ingress").at("/spec/ingress");
            assertThat(db.size()).isEqualTo(1);
            assertThat(db.at("/0/from").size()).isEqualTo(1);
            assertThat(db.at("/0/from/0/podSelector/matchLabels/app.kubernetes.io~1component").asText())
                    .isEqualTo("charter-server");
            assertThat(db.at("/0/from/0").has("namespaceSelector")).isFalse();
        }
    }

    @Test
    void workerJobTemplateFollowsTheWorkerContract() {
        List<ObjectNode> docs = Kustomize.readAll(K8S.resolve("templates/worker-job.yaml"));
        JsonNode job = docs.stream().filter(d -> d.get("kind").asText().equals("Job")).findFirst().orElseThrow();
        JsonNode secret = docs.stream().filter(d -> d.get("kind").asText().equals("Secret")).findFirst().orElseThrow();
        assertThat(job.at("/spec/backoffLimit").asInt(-1)).isZero();
        assertThat(job.at("/spec/ttlSecondsAfterFinished").isInt()).isTrue();
        assertThat(job.at("/spec/activeDeadlineSeconds").isInt()).isTrue();
        for (JsonNode labels : List.of(job.at("/metadata/labels"), job.at("/spec/template/metadata/labels"))) {
            assertThat(labels.get("app.kubernetes.io/component").asText()).isEqualTo("charter-worker");
            assertThat(labels.has("charter.io/tenant") && labels.has("charter.io/project") && labels.has("charter.io/job")
                    && labels.has("charter.io/attempt") && labels.has("charter.io/launch")).isTrue();
            assertThat(labels.get("app.kubernetes.io/managed-by").asText()).isEqualTo("charter");
        }
        JsonNode pod = job.at("/spec/template/spec");
        assertThat(pod.get("restartPolicy").asText()).isEqualTo("Never");
        assertThat(pod.get("automountServiceAccountToken").asBoolean(true)).isFalse();
        JsonNode c = pod.at("/containers/0");
        assertThat(c.at("/resources/requests/nvidia.com~1gpu")).isEqualTo(c.at("/resources/limits/nvidia.com~1gpu"));
        assertThat(c.at("/resources/limits/nvidia.com~1gpu").isMissingNode()).isFalse();

        Set<String> plain = new HashSet<>();
        Set<String> fromSecret = new HashSet<>();
        c.get("env").forEach(e -> {
            if (e.has("valueFrom")) {
                assertThat(e.at("/valueFrom/secretKeyRef/name").asText())
                        .isEqualTo(secret.at("/metadata/name").asText());
                assertThat(e.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo(e.get("name").asText());
                fromSecret.add(e.get("name").asText());
            } else {
                plain.add(e.get("name").asText());
            }
        });
        Set<String> secretKeys = new HashSet<>();
        secret.get("stringData").fieldNames().forEachRemaining(secretKeys::add);
        assertThat(fromSecret).isEqualTo(secretKeys);
        Set<String> all = new HashSet<>(plain);
        all.addAll(secretKeys);
        assertThat(all).containsAll(WorkerEnvironment.REQUIRED).contains(WorkerEnvironment.S3_ENDPOINT,
                WorkerEnvironment.S3_ACCESS_KEY_ID, WorkerEnvironment.S3_SECRET_ACCESS_KEY, WorkerEnvironment.S3_BUCKET);
        // secrets only in the Secret, the rest in the pod spec (WorkerEnvironment.isSecret decides)
        secretKeys.forEach(k -> assertThat(WorkerEnvironment.isSecret(k)).as(k).isTrue());
        plain.forEach(k -> assertThat(WorkerEnvironment.isSecret(k)).as(k).isFalse());
        // the worker's egress policies select its pods
        List<ObjectNode> base = Kustomize.render(K8S.resolve("overlays/prod"));
        JsonNode selector = find(base, "NetworkPolicy", "charter-worker-egress-server").at("/spec/podSelector/matchLabels");
        selector.fields().forEachRemaining(e ->
                assertThat(job.at("/spec/template/metadata/labels").get(e.getKey())).isEqualTo(e.getValue()));
        assertThat(job.at("/metadata/namespace").asText()).isEqualTo("charter-jobs");
    }

    @Test
    void quotasCapGpusJobsAndResources() {
        List<JsonNode> quotas = new ArrayList<>(List.of(
                find(Kustomize.render(K8S.resolve("overlays/prod")), "ResourceQuota", "charter-jobs")));
        quotas.addAll(Kustomize.readAll(K8S.resolve("templates/tenant-jobs-namespace.yaml")).stream()
                .filter(d -> d.get("kind").asText().equals("ResourceQuota")).toList());
        assertThat(quotas).hasSize(2);
        for (JsonNode q : quotas) {
            Set<String> keys = new TreeSet<>();
            q.at("/spec/hard").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).contains("requests.cpu", "requests.memory", "requests.nvidia.com/gpu", "count/jobs.batch");
        }
    }

    @Test
    void tenantNamespaceTemplateRepeatsTheSharedJobsNamespaceExactly() {
        List<ObjectNode> base = Kustomize.render(K8S.resolve("base"));
        List<ObjectNode> tenant = Kustomize.readAll(K8S.resolve("templates/tenant-jobs-namespace.yaml"));
        String ns = find(tenant, "Namespace", null).at("/metadata/name").asText();
        for (ObjectNode t : tenant) {
            if (List.of("Namespace", "ResourceQuota").contains(t.get("kind").asText())) {
                continue;
            }
            assertThat(t.at("/metadata/namespace").asText()).isEqualTo(ns);
            JsonNode b = find(base, t.get("kind").asText(), t.at("/metadata/name").asText());
            ObjectNode expected = b.deepCopy();
            ((ObjectNode) expected.get("metadata")).put("namespace", ns);
            assertThat(t).as(Kustomize.id(t)).isEqualTo(expected);
        }
        assertThat(tenant.stream().map(d -> d.get("kind").asText()).toList())
                .contains("Role", "RoleBinding", "NetworkPolicy", "LimitRange");
    }

    // ---- the validator and the renderer fail on what they should (negative cases)

    @Test
    void validatorRejectsAWrongType() {
        assertThat(broken(d -> ((ObjectNode) d.get("spec")).put("replicas", "two")))
                .anyMatch(p -> p.contains("replicas"));
        assertThat(broken(d -> ((ObjectNode) d.get("spec")).put("replicas", "3")))
                .anyMatch(p -> p.contains("spec.replicas must be an integer"));
        assertThat(broken(d -> container(d).set("image", IntNode.valueOf(5))))
                .anyMatch(p -> p.contains("containers[0].image must be a string"));
        assertThat(broken(d -> ((ObjectNode) d.at("/metadata/labels")).set("charter.io/s3", BooleanNode.TRUE)))
                .anyMatch(p -> p.contains("metadata.labels.charter.io/s3 must be a string"));
        assertThat(broken(d -> container(d).set("ports", TextNode.valueOf("8080"))))
                .anyMatch(p -> p.contains("ports"));
        assertThat(broken(d -> ((ObjectNode) container(d).at("/resources/limits")).put("memory", "two gigs")))
                .anyMatch(p -> p.contains("quantity"));
    }

    @Test
    void validatorRejectsAMissingRequiredField() {
        assertThat(broken(d -> container(d).remove("name")))
                .anyMatch(p -> p.contains("required field `name`"));
        assertThat(broken(d -> ((ObjectNode) d.get("spec")).remove("selector")))
                .anyMatch(p -> p.contains("required field `selector`"));
        assertThat(broken(d -> ((ObjectNode) d.at("/spec/template/spec/containers/0/readinessProbe/httpGet")).remove("port")))
                .anyMatch(p -> p.contains("required field `port`"));
        assertThat(broken(d -> ((ObjectNode) d.get("metadata")).remove("name")))
                .anyMatch(p -> p.contains("metadata.name"));
    }

    @Test
    void validatorRejectsAnUnknownFieldAndAnUnknownKind() {
        assertThat(broken(d -> container(d).put("imagePullPolicyy", "Always")))
                .anyMatch(p -> p.contains("imagePullPolicyy"));
        assertThat(broken(d -> d.put("kind", "Deploymnet"))).anyMatch(p -> p.contains("no model"));
    }

    @Test
    void rendererRefusesWhatItCannotRender(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namePrefix: x-
                resources: []
                """);
        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("namePrefix");
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [%s]
                patches:
                  - path: p.yaml
                """.formatted(K8S.resolve("base").toAbsolutePath()));
        Files.writeString(dir.resolve("p.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: no-such-server, namespace: charter}
                spec: {replicas: 1}
                """);
        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("matches no resource");
    }

    /** The problems the validator finds in the prod server Deployment after {@code breakIt}. */
    private static List<String> broken(Consumer<ObjectNode> breakIt) {
        ObjectNode d = find(Kustomize.render(K8S.resolve("overlays/prod")), "Deployment", "charter-server").deepCopy();
        assertThat(ManifestValidator.problems(d)).isEmpty();
        breakIt.accept(d);
        List<String> problems = ManifestValidator.problems(d);
        assertThat(problems).as("the broken copy must be refused").isNotEmpty();
        return problems;
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }

    private static ObjectNode find(List<ObjectNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)
                        && (name == null || d.at("/metadata/name").asText().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static List<String> rules(JsonNode role) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : role.get("rules")) {
            for (JsonNode group : r.get("apiGroups")) {
                for (JsonNode res : r.get("resources")) {
                    out.add(group.asText() + "/" + res.asText() + ": "
                            + String.join(",", new TreeSet<>(texts(r.get("verbs")))));
                }
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }
}
