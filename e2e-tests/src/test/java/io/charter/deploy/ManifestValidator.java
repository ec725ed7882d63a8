package io.charter.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1LimitRange;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1ResourceQuota;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates Kubernetes documents offline against the API's own OpenAPI models (the generated
 * classes of {@code io.kubernetes:client-java-api}, which carry each type's fields and required
 * fields), in two passes:
 * <ol>
 * <li>the model's {@code fromJson}: a missing required field, a field the type does not have, an
 * array or object where the other is expected, a bad quantity;</li>
 * <li>a strict type walk over the same model classes, because Gson alone is lenient: it takes
 * {@code replicas: "2"} and {@code image: 5}, and a label value {@code true} — which the API
 * server refuses ("cannot unmarshal bool into string").</li>
 * </ol>
 * Plus {@code metadata.name} (the schema leaves metadata optional; every object here needs one).
 * A kind without a model here is an error, so a new kind in k8s/ must be added to {@link #MODELS}.
 */
final class ManifestValidator {

    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", V1Namespace.class),
            Map.entry("v1/ServiceAccount", V1ServiceAccount.class),
            Map.entry("v1/ConfigMap", V1ConfigMap.class),
            Map.entry("v1/Secret", V1Secret.class),
            Map.entry("v1/Service", V1Service.class),
            Map.entry("v1/ResourceQuota", V1ResourceQuota.class),
            Map.entry("v1/LimitRange", V1LimitRange.class),
            Map.entry("apps/v1/Deployment", V1Deployment.class),
            Map.entry("batch/v1/Job", V1Job.class),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class),
            Map.entry("rbac.authorization.k8s.io/v1/Role", V1Role.class),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", V1RoleBinding.class));

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

    static {
        new JSON(); // registers the model adapters with Gson
    }

    private ManifestValidator() {
    }

    /** The problems of one document; empty when it is valid. */
    static List<String> problems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        String where = Kustomize.id(doc);
        Class<?> model = MODELS.get(doc.path("apiVersion").asText() + "/" + doc.path("kind").asText());
        if (model == null) {
            problems.add(where + ": no model for apiVersion " + doc.path("apiVersion") + " kind " + doc.path("kind"));
            return problems;
        }
        String name = doc.path("metadata").path("name").asText("");
        if (!DNS_SUBDOMAIN.matcher(name).matches()) {
            problems.add(where + ": metadata.name '" + name + "' is not a DNS subdomain name");
        }
        String json = doc.toString();
        try {
            model.getMethod("fromJson", String.class).invoke(null, json);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = String.valueOf(cause.getMessage());
            int cut = message.indexOf(" JSON: "); // the models append the whole object: too long to read
            problems.add(where + ": " + (cut > 0 ? message.substring(0, cut) : message));
        }
        strictTypes(JsonParser.parseString(json), model, "", where, problems);
        return problems;
    }

    private static void strictTypes(JsonElement value, Type type, String path, String where, List<String> problems) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        String at = where + ": " + (path.isEmpty() ? "(document)" : path.substring(1));
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                if (!value.isJsonArray()) {
                    problems.add(at + " must be a list");
                    return;
                }
                int i = 0;
                for (JsonElement item : value.getAsJsonArray()) {
                    strictTypes(item, args[0], path + "[" + i++ + "]", where, problems);
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                if (!value.isJsonObject()) {
                    problems.add(at + " must be a mapping");
                    return;
                }
                for (var e : value.getAsJsonObject().entrySet()) {
                    strictTypes(e.getValue(), args[1], path + "." + e.getKey(), where, problems);
                }
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == OffsetDateTime.class || c == byte[].class) {
            if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
                problems.add(at + " must be a string, got " + value);
            }
        } else if (c == Integer.class || c == Long.class) {
            if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())
                    || value.getAsBigDecimal().stripTrailingZeros().scale() > 0) {
                problems.add(at + " must be an integer, got " + value);
            }
        } else if (c == Double.class || c == Float.class || c == BigDecimal.class) {
            if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
                problems.add(at + " must be a number, got " + value);
            }
        } else if (c == Boolean.class) {
            if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
                problems.add(at + " must be true or false, got " + value);
            }
        } else if (c == IntOrString.class || c == Quantity.class) {
            if (!(value.isJsonPrimitive() && !value.getAsJsonPrimitive().isBoolean())) {
                problems.add(at + " must be a number or a string, got " + value);
            }
        } else if (c.getName().startsWith("io.kubernetes.client.openapi.models.")) {
            if (!value.isJsonObject()) {
                problems.add(at + " must be a mapping, got " + value);
                return;
            }
            for (var e : value.getAsJsonObject().entrySet()) {
                Field f = field(c, e.getKey());
                if (f != null) { // unknown fields are the first pass's
                    strictTypes(e.getValue(), f.getGenericType(), path + "." + e.getKey(), where, problems);
                }
            }
        }
        // Object and other custom types: no further check
    }

    private static Field field(Class<?> model, String jsonName) {
        for (Field f : model.getDeclaredFields()) {
            SerializedName n = f.getAnnotation(SerializedName.class);
            if (n != null && n.value().equals(jsonName) && !Modifier.isStatic(f.getModifiers())) {
                return f;
            }
        }
        return null;
    }
}
