package io.charter.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the small subset k8s/ uses,
 * so the manifests are checked offline without the kustomize binary:
 * <ul>
 * <li>{@code resources}: files (multi-document YAML) and directories holding a kustomization;</li>
 * <li>{@code patches}: {@code - path: file} only, each document a strategic-merge patch matched by
 * apiVersion, kind, name and namespace to exactly one resource. Maps merge; lists merge by the
 * Kubernetes merge key where the API declares one ({@link #MERGE_KEYS}), otherwise the patch's
 * list replaces the base's;</li>
 * <li>{@code images}: {@code name}, {@code newName}, {@code newTag} on pod templates' containers.</li>
 * </ul>
 * Anything else in a kustomization (namePrefix, namespace, generators, components …) is refused,
 * so a field this class would silently ignore cannot creep into k8s/.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images");

    /** List fields merged item by item (patchStrategy "merge" in the Kubernetes API), by this key. */
    static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "imagePullSecrets", "name",
            "ports", "containerPort",
            "volumeMounts", "mountPath",
            "topologySpreadConstraints", "topologyKey");

    private Kustomize() {
    }

    /** The documents of {@code dir}'s kustomization.yaml, in order. */
    static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        JsonNode k = readAll(file).get(0);
        Iterator<String> names = k.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!KNOWN_FIELDS.contains(name)) {
                throw new IllegalArgumentException(file + ": '" + name + "' is outside the Kustomize subset the tests render "
                        + "(resources, patches, images)");
            }
        }
        if (!"Kustomization".equals(k.path("kind").asText())) {
            throw new IllegalArgumentException(file + ": kind must be Kustomization");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(render(p));
            } else {
                out.addAll(readAll(p));
            }
        }
        Set<String> ids = new HashSet<>();
        for (ObjectNode doc : out) {
            if (!ids.add(id(doc))) {
                throw new IllegalArgumentException(file + ": resource " + id(doc) + " appears twice");
            }
        }
        for (JsonNode p : k.path("patches")) {
            if (p.size() != 1 || !p.has("path")) {
                throw new IllegalArgumentException(file + ": a patch must be '- path: file' (got " + p + ")");
            }
            for (ObjectNode patch : readAll(dir.resolve(p.get("path").asText()))) {
                ObjectNode target = out.stream().filter(d -> id(d).equals(id(patch))).reduce((a, b) -> {
                    throw new IllegalStateException("two targets");
                }).orElseThrow(() -> new IllegalArgumentException(file + ": patch " + p.get("path").asText()
                        + " matches no resource " + id(patch)));
                merge(target, patch);
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode doc : out) {
                setImage(doc, image);
            }
        }
        return out;
    }

    /** Every document of a (multi-document) YAML file; empty documents are skipped. */
    static List<ObjectNode> readAll(Path file) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<ObjectNode> docs = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n == null || n.isNull() || n.isMissingNode()) {
                    continue;
                }
                if (!n.isObject()) {
                    throw new IllegalArgumentException(file + ": a document is not a mapping");
                }
                docs.add((ObjectNode) n);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** apiVersion/kind/namespace/name. */
    static String id(JsonNode doc) {
        return doc.path("apiVersion").asText() + "/" + doc.path("kind").asText() + "/"
                + doc.path("metadata").path("namespace").asText() + "/" + doc.path("metadata").path("name").asText();
    }

    static void merge(ObjectNode base, ObjectNode patch) {
        patch.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode value = e.getValue();
            JsonNode existing = base.get(key);
            if (value.isNull()) {
                base.remove(key);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else if (value.isArray() && existing != null && existing.isArray() && MERGE_KEYS.containsKey(key)) {
                mergeList((ArrayNode) existing, (ArrayNode) value, MERGE_KEYS.get(key));
            } else {
                base.set(key, value.deepCopy());
            }
        });
    }

    private static void mergeList(ArrayNode base, ArrayNode patch, String mergeKey) {
        for (JsonNode item : patch) {
            JsonNode key = item.get(mergeKey);
            if (key == null) {
                throw new IllegalArgumentException("a patched list item lacks its merge key '" + mergeKey + "': " + item);
            }
            ObjectNode match = null;
            for (JsonNode b : base) {
                if (key.equals(b.get(mergeKey))) {
                    match = (ObjectNode) b;
                }
            }
            if (match == null) {
                base.add(item.deepCopy());
            } else {
                merge(match, (ObjectNode) item);
            }
        }
    }

    private static void setImage(ObjectNode doc, JsonNode image) {
        for (JsonNode podSpec : podSpecs(doc)) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode c : podSpec.path(list)) {
                    String ref = c.path("image").asText();
                    int at = ref.indexOf('@');
                    int colon = ref.lastIndexOf(':');
                    String name = at >= 0 ? ref.substring(0, at)
                            : colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
                    String tag = at >= 0 ? ref.substring(at) : colon > ref.lastIndexOf('/') ? ref.substring(colon) : "";
                    if (!name.equals(image.path("name").asText())) {
                        continue;
                    }
                    String newName = image.has("newName") ? image.get("newName").asText() : name;
                    String newTag = image.has("newTag") ? ":" + image.get("newTag").asText() : tag;
                    ((ObjectNode) c).set("image", TextNode.valueOf(newName + newTag));
                }
            }
        }
    }

    /** The pod spec(s) of a workload document. */
    static List<JsonNode> podSpecs(JsonNode doc) {
        return switch (doc.path("kind").asText()) {
            case "Pod" -> List.of(doc.path("spec"));
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" ->
                    List.of(doc.path("spec").path("template").path("spec"));
            case "CronJob" -> List.of(doc.path("spec").path("jobTemplate").path("spec").path("template").path("spec"));
            default -> List.of();
        };
    }
}
