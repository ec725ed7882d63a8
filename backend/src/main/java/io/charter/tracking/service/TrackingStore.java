package io.charter.tracking.service;

import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.common.error.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Params, tags and metric points of runs, in plain SQL: they are written in batches of up to a
 * thousand and read for hundreds of runs at once, where entity instances would only cost. Every
 * method takes run ids the caller already found through the tenant-filtered {@code Run} entity;
 * {@link #search} adds the tenant to its own SQL because native queries are not filtered.
 */
@ApplicationScoped
public class TrackingStore {

    @Inject
    EntityManager em;

    @Inject
    RunUpdates updates;

    /** Adds params; a key logged before with another value is refused (MLflow params are immutable). */
    public void putParams(UUID run, Map<String, String> params) {
        if (params.isEmpty()) {
            return;
        }
        Map<String, String> existing = params(List.of(run)).getOrDefault(run, Map.of());
        List<FieldError> clashes = new ArrayList<>();
        params.forEach((k, v) -> {
            String old = existing.get(k);
            if (old != null && !old.equals(v)) {
                clashes.add(new FieldError("params." + k, "was logged as '" + old + "'; params cannot change, "
                        + "but got '" + v + "'"));
            }
        });
        if (!clashes.isEmpty()) {
            throw new CharterException(ErrorCode.INVALID_INPUT, "Changing the value of a param is not allowed: "
                    + clashes.get(0).field(), clashes);
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            em.createNativeQuery("INSERT INTO run_param (run_id, key, value) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT (run_id, key) DO NOTHING").setParameter(1, run).setParameter(2, p.getKey())
                    .setParameter(3, p.getValue()).executeUpdate();
        }
    }

    /** Sets tags (a tag may change). */
    public void putTags(UUID run, Map<String, String> tags) {
        for (Map.Entry<String, String> t : tags.entrySet()) {
            em.createNativeQuery("INSERT INTO run_tag (run_id, key, value) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value").setParameter(1, run)
                    .setParameter(2, t.getKey()).setParameter(3, t.getValue()).executeUpdate();
        }
    }

    public void deleteTag(UUID run, String key) {
        em.createNativeQuery("DELETE FROM run_tag WHERE run_id = ?1 AND key = ?2").setParameter(1, run)
                .setParameter(2, key).executeUpdate();
    }

    /**
     * Appends metric points and keeps each key's latest (greatest step, then timestamp, then value,
     * MLflow's rule) for search and sort.
     */
    public void logMetrics(UUID run, List<MetricPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        updates.changed(run);
        StringBuilder sql = new StringBuilder("INSERT INTO run_metric (run_id, key, step, ts, value) VALUES ");
        for (int i = 0; i < points.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(4 * i + 2).append(", ?").append(4 * i + 3)
                    .append(", ?").append(4 * i + 4).append(", ?").append(4 * i + 5).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString()).setParameter(1, run);
        for (int i = 0; i < points.size(); i++) {
            MetricPoint p = points.get(i);
            insert.setParameter(4 * i + 2, p.key()).setParameter(4 * i + 3, p.step())
                    .setParameter(4 * i + 4, p.timestamp()).setParameter(4 * i + 5, p.value());
        }
        insert.executeUpdate();
        Map<String, MetricPoint> latest = new LinkedHashMap<>();
        for (MetricPoint p : points) {
            latest.merge(p.key(), p, (a, b) -> later(b, a) ? b : a);
        }
        for (MetricPoint p : latest.values()) {
            em.createNativeQuery("INSERT INTO run_latest_metric (run_id, key, step, ts, value) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (run_id, key) DO UPDATE SET step = excluded.step, "
                    + "ts = excluded.ts, value = excluded.value WHERE (excluded.step, excluded.ts, excluded.value) > "
                    + "(run_latest_metric.step, run_latest_metric.ts, run_latest_metric.value)")
                    .setParameter(1, run).setParameter(2, p.key()).setParameter(3, p.step())
                    .setParameter(4, p.timestamp()).setParameter(5, p.value()).executeUpdate();
        }
    }

    private static boolean later(MetricPoint a, MetricPoint b) {
        if (a.step() != b.step()) {
            return a.step() > b.step();
        }
        if (a.timestamp() != b.timestamp()) {
            return a.timestamp() > b.timestamp();
        }
        return Double.compare(a.value(), b.value()) > 0;
    }

    public Map<UUID, Map<String, String>> params(Collection<UUID> runs) {
        return pairs("SELECT run_id, key, value FROM run_param WHERE run_id IN (?1)", runs);
    }

    public Map<UUID, Map<String, String>> tags(Collection<UUID> runs) {
        return pairs("SELECT run_id, key, value FROM run_tag WHERE run_id IN (?1)", runs);
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, Map<String, MetricPoint>> latestMetrics(Collection<UUID> runs) {
        Map<UUID, Map<String, MetricPoint>> result = new HashMap<>();
        if (runs.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT run_id, key, value, ts, step FROM run_latest_metric "
                + "WHERE run_id IN (?1)").setParameter(1, runs).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent((UUID) r[0], k -> new TreeMap<>()).put((String) r[1], new MetricPoint(
                    (String) r[1], ((Number) r[2]).doubleValue(), ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()));
        }
        return result;
    }

    /** Every point of one metric of one run, by step then time. */
    @SuppressWarnings("unchecked")
    public List<MetricPoint> history(UUID run, String key) {
        List<Object[]> rows = em.createNativeQuery("SELECT value, ts, step FROM run_metric WHERE run_id = ?1 "
                + "AND key = ?2 ORDER BY step, ts").setParameter(1, run).setParameter(2, key).getResultList();
        return rows.stream().map(r -> new MetricPoint(key, ((Number) r[0]).doubleValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /**
     * Ids of the tenant's active runs (or deleted ones, with {@code deleted}) in the experiments,
     * matching every clause, in the requested order; {@code limit} + 1 are fetched by the caller
     * to know whether a next page exists.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> search(String tenant, Collection<UUID> experiments, String lifecycle,
                             List<RunFilter.Clause> clauses, List<RunOrder.Key> order, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("experiments", experiments);
        StringBuilder sql = new StringBuilder("SELECT r.id FROM run r WHERE r.tenant_id = :tenant "
                + "AND r.experiment_id IN (:experiments)");
        if (lifecycle != null) {
            sql.append(" AND r.lifecycle_stage = :lifecycle");
            params.put("lifecycle", lifecycle);
        }
        int n = 0;
        for (RunFilter.Clause c : clauses) {
            String k = "k" + n;
            String v = "v" + n++;
            params.put(v, c.value());
            String op = c.op().equals("ILIKE") ? "ILIKE" : c.op().equals("LIKE") ? "LIKE" : c.op().equals("!=")
                    ? "<>" : c.op();
            switch (c.kind()) {
                case METRIC -> {
                    params.put(k, c.key());
                    sql.append(" AND EXISTS (SELECT 1 FROM run_latest_metric m WHERE m.run_id = r.id AND m.key = :")
                            .append(k).append(" AND m.value ").append(op).append(" :").append(v).append(')');
                }
                case PARAM, TAG -> {
                    params.put(k, c.key());
                    String table = c.kind() == RunFilter.Kind.PARAM ? "run_param" : "run_tag";
                    sql.append(" AND EXISTS (SELECT 1 FROM ").append(table).append(" x WHERE x.run_id = r.id AND x.key = :")
                            .append(k).append(" AND x.value ").append(op).append(" :").append(v).append(')');
                }
                case ATTRIBUTE -> sql.append(" AND ").append(attribute(c.key())).append(' ').append(op).append(" :")
                        .append(v);
            }
        }
        sql.append(" ORDER BY ");
        int o = 0;
        for (RunOrder.Key key : order) {
            String k = "o" + o++;
            String direction = key.descending() ? " DESC NULLS LAST, " : " ASC NULLS LAST, ";
            switch (key.kind()) {
                case METRIC -> sql.append("(SELECT m.value FROM run_latest_metric m WHERE m.run_id = r.id AND m.key = :")
                        .append(k).append(')');
                case PARAM -> sql.append("(SELECT x.value FROM run_param x WHERE x.run_id = r.id AND x.key = :")
                        .append(k).append(')');
                case TAG -> sql.append("(SELECT x.value FROM run_tag x WHERE x.run_id = r.id AND x.key = :")
                        .append(k).append(')');
                case ATTRIBUTE -> sql.append(attribute(key.key()));
            }
            if (key.kind() != RunFilter.Kind.ATTRIBUTE) {
                params.put(k, key.key());
            }
            sql.append(direction);
        }
        sql.append("r.start_time DESC, r.id LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** Distinct keys of a child table ({@code run_latest_metric} or {@code run_param}) over an experiment's runs. */
    @SuppressWarnings("unchecked")
    public List<String> keys(String tenant, UUID experiment, String table) {
        if (!table.equals("run_latest_metric") && !table.equals("run_param")) {
            throw new IllegalArgumentException("no key table " + table);
        }
        return em.createNativeQuery("SELECT DISTINCT x.key FROM " + table + " x JOIN run r ON r.id = x.run_id "
                + "WHERE r.tenant_id = ?1 AND r.experiment_id = ?2 ORDER BY x.key LIMIT 200")
                .setParameter(1, tenant).setParameter(2, experiment).getResultList();
    }

    /** The column of an attribute the filter grammar allowed (never user text). */
    private static String attribute(String name) {
        return switch (name) {
            case "start_time" -> "r.start_time";
            case "end_time" -> "r.end_time";
            case "status" -> "r.status";
            case "run_name" -> "r.name";
            case "run_id" -> "CAST(r.id AS VARCHAR)";
            case "user_id" -> "r.user_id";
            default -> throw new IllegalArgumentException("unknown attribute " + name);
        };
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Map<String, String>> pairs(String sql, Collection<UUID> runs) {
        Map<UUID, Map<String, String>> result = new HashMap<>();
        if (runs.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, runs).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent((UUID) r[0], k -> new TreeMap<>()).put((String) r[1], (String) r[2]);
        }
        return result;
    }
}
