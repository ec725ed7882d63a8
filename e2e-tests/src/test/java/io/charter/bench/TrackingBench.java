package io.charter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracking benchmark (not a test) against any MLflow Tracking REST 2.0 server — Charter's
 * compatible API or MLflow's own server as the anchor, same machine, same run:
 * <ol>
 *   <li>ingest: {@code clients} threads each log {@code batches} log-batch calls of
 *       {@code points} metric points to their own run; reports points/s and p50/p99 latency;</li>
 *   <li>search: {@code runs} runs with a metric each, then 20 searches for a 100-run page
 *       ordered by that metric; reports the median and p99 page time.</li>
 * </ol>
 * Usage: {@code TrackingBench <base-url> <token, password:<token-endpoint> or -> [clients batches points runs]}.
 */
public final class TrackingBench {

    private static final Pattern EXPERIMENT_ID = Pattern.compile("\"experiment_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern RUN_ID = Pattern.compile("\"run_id\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    /** Tokens live minutes; a run of 30k runs lasts longer, so a token is fetched again after this. */
    private static final long TOKEN_REFRESH_NANOS = 60_000_000_000L;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String tokenSource;
    private String token;
    private long tokenFetched;

    /**
     * @param tokenSource a bearer token; {@code password:<token endpoint>} to fetch alice's token
     *                    there (password grant) and again every minute; or null for no token
     */
    private TrackingBench(String base, String tokenSource) {
        this.base = base.replaceAll("/$", "") + "/api/2.0/mlflow/";
        this.tokenSource = tokenSource;
    }

    private synchronized String token() throws Exception {
        if (tokenSource == null || !tokenSource.startsWith("password:")) {
            return tokenSource;
        }
        if (token == null || System.nanoTime() - tokenFetched > TOKEN_REFRESH_NANOS) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenSource.substring(9)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=charter-cli&username=alice&password=alice")).build(),
                    HttpResponse.BodyHandlers.ofString());
            token = id(ACCESS_TOKEN, r.body());
            tokenFetched = System.nanoTime();
        }
        return token;
    }

    public static void main(String[] args) throws Exception {
        TrackingBench bench = new TrackingBench(args[0], args[1].equals("-") ? null : args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int batches = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int points = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 30_000;
        String experiment = bench.id(EXPERIMENT_ID, bench.post("experiments/create", "{\"name\": \"bench-" + System.nanoTime()
                + "\"}"));
        bench.ingest(experiment, clients, batches, points);
        bench.search(experiment, clients, runs);
    }

    private void ingest(String experiment, int clients, int batches, int points) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                String run = id(RUN_ID, post("runs/create", "{\"experiment_id\": \"" + experiment + "\", \"start_time\": 1}"));
                for (int b = 0; b < batches; b++) {
                    StringBuilder body = new StringBuilder("{\"run_id\": \"" + run + "\", \"metrics\": [");
                    for (int p = 0; p < points; p++) {
                        body.append(p == 0 ? "" : ",").append("{\"key\": \"m").append(p % 10).append("\", \"value\": ")
                                .append(p * 0.5).append(", \"timestamp\": ").append(1_700_000_000_000L + p)
                                .append(", \"step\": ").append(b * points + p).append('}');
                    }
                    long t = System.nanoTime();
                    post("runs/log-batch", body.append("]}").toString());
                    latencies.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("ingest: %d clients × %d log-batch × %d points = %d points in %.1f s: %.0f points/s; "
                        + "log-batch p50 %.1f ms, p99 %.1f ms%n", clients, batches, points,
                (long) clients * batches * points, seconds, clients * batches * points / seconds,
                percentile(latencies, 0.5), percentile(latencies, 0.99));
    }

    private void search(String experiment, int clients, int runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int from = c;
            done.add(pool.submit(() -> {
                for (int i = from; i < runs; i += clients) {
                    String run = id(RUN_ID, post("runs/create", "{\"experiment_id\": \"" + experiment + "\", \"start_time\": "
                            + i + "}"));
                    post("runs/log-batch", "{\"run_id\": \"" + run + "\", \"metrics\": [{\"key\": \"auc\", \"value\": "
                            + (i % 997) / 997.0 + ", \"timestamp\": 1, \"step\": 0}], \"params\": [{\"key\": "
                            + "\"depth\", \"value\": \"" + (i % 7) + "\"}]}");
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double filling = (System.nanoTime() - start) / 1e9;
        List<Long> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            String page = post("runs/search", "{\"experiment_ids\": [\"" + experiment + "\"], \"max_results\": 100, "
                    + "\"order_by\": [\"metrics.auc DESC\"], \"filter\": \"params.depth = '3'\"}");
            pages.add(System.nanoTime() - t);
            if (!page.contains("\"runs\"")) {
                throw new IllegalStateException("search answered " + page);
            }
        }
        System.out.printf("search: %d runs created and logged in %.1f s (%.0f runs/s); a 100-run page ordered by "
                        + "metrics.auc with a params filter: median %.1f ms, p99 %.1f ms%n", runs, filling,
                runs / filling, percentile(pages, 0.5), percentile(pages, 0.99));
    }

    private String post(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        String bearer = token();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String id(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static double percentile(List<Long> nanos, double q) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
