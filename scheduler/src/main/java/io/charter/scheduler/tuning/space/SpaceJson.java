package io.charter.scheduler.tuning.space;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a {@link SearchSpace}: an object from parameter name to
 * <pre>
 *   {"type": "float",       "low": n, "high": n, "log": bool?, "step": n?, "condition": c?}
 *   {"type": "int",         "low": n, "high": n, "log": bool?, "step": n?, "condition": c?}
 *   {"type": "categorical", "choices": [scalar, …],                        "condition": c?}
 *   c = {"param": "parent", "in": [scalar, …]}
 * </pre>
 * Unknown keys are refused, so a misspelt {@code "lgo"} does not silently mean a linear scale.
 */
final class SpaceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SpaceJson() {
    }

    static Map<String, ?> readTree(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new SearchSpaceException(null, "the search space must be a JSON object, but got: "
                    + e.getOriginalMessage());
        }
    }

    static List<ParamSpec> read(Map<String, ?> json) {
        List<ParamSpec> params = new ArrayList<>();
        json.forEach((name, body) -> {
            if (!(body instanceof Map<?, ?> m)) {
                throw new SearchSpaceException(name, "must be an object with a type, but got " + body);
            }
            params.add(param(name, m));
        });
        return params;
    }

    private static ParamSpec param(String name, Map<?, ?> m) {
        Object type = m.get("type");
        Condition condition = condition(name, m.get("condition"));
        return switch (String.valueOf(type)) {
            case "float" -> {
                allowOnly(name, m, "type", "low", "high", "log", "step", "condition");
                Number step = number(name, m, "step", false);
                yield new FloatParam(name, number(name, m, "low", true).doubleValue(),
                        number(name, m, "high", true).doubleValue(), flag(name, m, "log"),
                        step == null ? null : step.doubleValue(), condition);
            }
            case "int" -> {
                allowOnly(name, m, "type", "low", "high", "log", "step", "condition");
                Number step = number(name, m, "step", false);
                yield new IntParam(name, integer(name, "low", number(name, m, "low", true)),
                        integer(name, "high", number(name, m, "high", true)), flag(name, m, "log"),
                        step == null ? 1 : integer(name, "step", step), condition);
            }
            case "categorical" -> {
                allowOnly(name, m, "type", "choices", "condition");
                Object choices = m.get("choices");
                if (!(choices instanceof List<?> list)) {
                    throw new SearchSpaceException(name, "choices must be a list, but got " + choices);
                }
                yield new CategoricalParam(name, new ArrayList<>(list), condition);
            }
            default -> throw new SearchSpaceException(name,
                    "type must be one of float, int, categorical, but got " + type);
        };
    }

    private static Condition condition(String name, Object c) {
        if (c == null) {
            return null;
        }
        if (!(c instanceof Map<?, ?> m) || !(m.get("param") instanceof String parent)) {
            throw new SearchSpaceException(name, "condition must be {\"param\": name, \"in\": [values]}, but got " + c);
        }
        allowOnly(name, m, "param", "in");
        if (!(m.get("in") instanceof List<?> in)) {
            throw new SearchSpaceException(name, "condition.in must be a list, but got " + m.get("in"));
        }
        return new Condition(parent, new ArrayList<>(in));
    }

    private static Number number(String name, Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null && !required) {
            return null;
        }
        if (v == null) {
            throw new SearchSpaceException(name, key + " must be given, but got none");
        }
        if (!(v instanceof Number n)) {
            throw new SearchSpaceException(name, key + " must be a number, but got " + v);
        }
        return n;
    }

    private static long integer(String name, String key, Number n) {
        if (n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new SearchSpaceException(name, key + " must be an integer, but got " + key + "=" + n);
        }
        return n.longValue();
    }

    private static boolean flag(String name, Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw new SearchSpaceException(name, key + " must be true or false, but got " + v);
        }
        return b;
    }

    private static void allowOnly(String name, Map<?, ?> m, String... keys) {
        List<String> allowed = List.of(keys);
        for (Object k : m.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new SearchSpaceException(name, "keys must be among " + allowed + ", but got '" + k + "'");
            }
        }
    }

    static Map<String, Object> write(List<ParamSpec> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (p instanceof FloatParam f) {
                m.put("type", "float");
                m.put("low", f.low());
                m.put("high", f.high());
                m.put("log", f.log());
                if (f.step() != null) {
                    m.put("step", f.step());
                }
            } else if (p instanceof IntParam i) {
                m.put("type", "int");
                m.put("low", i.low());
                m.put("high", i.high());
                m.put("log", i.log());
                m.put("step", i.step());
            } else {
                m.put("type", "categorical");
                m.put("choices", ((CategoricalParam) p).choices());
            }
            if (p.condition() != null) {
                m.put("condition", Map.of("param", p.condition().param(), "in", p.condition().in()));
            }
            out.put(p.name(), m);
        }
        return out;
    }
}
