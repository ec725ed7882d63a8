package io.charter.worker.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The worker's client of the server's worker API: reads the job spec and posts events, with the
 * launch's bearer token on every request. Transient failures (connection errors, timeouts, 5xx)
 * are retried with {@link Backoff} for up to {@code retryBudget}; a 409 throws
 * {@link FencedException}; anything else that cannot be delivered throws
 * {@link ReportFailedException}. The token never appears in a message.
 */
public final class ServerClient {

    /** How long a server may stay unreachable before the worker gives up (exit 2). */
    public static final Duration DEFAULT_RETRY_BUDGET = Duration.ofSeconds(60);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI specUri;
    private final URI eventsUri;
    private final String authorization;
    private final Backoff backoff;

    public ServerClient(URI serverUrl, String jobId, String token, Duration retryBudget) {
        this(serverUrl, jobId, token, new Backoff(retryBudget, Duration.ofMillis(500), Duration.ofSeconds(8),
                d -> Thread.sleep(d.toMillis())));
    }

    ServerClient(URI serverUrl, String jobId, String token, Backoff backoff) {
        String base = serverUrl.toString().replaceAll("/+$", "");
        this.specUri = URI.create(base + "/api/v1/worker/jobs/" + jobId);
        this.eventsUri = URI.create(base + "/api/v1/worker/jobs/" + jobId + "/events");
        this.authorization = "Bearer " + token;
        this.backoff = backoff;
        // HTTP/1.1: the JDK client's default h2c upgrade lets the server read an event's body while it
        // still authenticates the token, and the request then fails with "already been read"
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The job spec of this launch. */
    public JobSpec spec() {
        HttpRequest request = request(specUri).GET().build();
        String body = exchange(request, "GET job spec");
        try {
            return ProtocolJson.MAPPER.readValue(body, JobSpec.class);
        } catch (JsonProcessingException e) {
            throw new ReportFailedException("the server's job spec is not valid JSON of the protocol: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Posts one event; returns once the server accepted it (200). */
    public void send(WorkerEvent event) {
        String json;
        try {
            json = ProtocolJson.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be written as JSON", e);
        }
        HttpRequest request = request(eventsUri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        exchange(request, event.type() + " event");
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private String exchange(HttpRequest request, String what) {
        Backoff.Attempts attempts = backoff.attempts();
        String lastProblem;
        Exception lastCause = null;
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (status == 409) {
                    throw refused(what, response.body());
                }
                if (status < 500) {
                    throw new ReportFailedException(what + " was refused with HTTP " + status + meaning(status)
                            + ": " + abbreviate(response.body()), null);
                }
                lastProblem = "HTTP " + status + ": " + abbreviate(response.body());
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                lastCause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReportFailedException(what + " was interrupted", e);
            }
            try {
                if (!attempts.waitBeforeRetry()) {
                    throw new ReportFailedException(what + " failed: the server at " + specUri.getAuthority()
                            + " could not be reached within the retry budget (last: " + lastProblem + ")", lastCause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReportFailedException(what + " was interrupted", e);
            }
        }
    }

    /**
     * Every 409 stops the launch: the protocol answers it when this launch is fenced or the job has
     * ended, and either way no later event of this launch would be accepted.
     */
    private static FencedException refused(String what, String body) {
        boolean fenced = false;
        try {
            JsonNode problem = ProtocolJson.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
            fenced = problem.path("fenced").asBoolean(false);
        } catch (JsonProcessingException e) {
            // not problem+json: still a refusal of this launch
        }
        return new FencedException(what + " was refused with HTTP 409" + (fenced
                ? ": this launch is no longer the job's current one, or the job has ended" : "")
                + " (" + abbreviate(body) + ")");
    }

    private static String meaning(int status) {
        return switch (status) {
            case 400 -> " (malformed event)";
            case 401 -> " (unknown or expired job token)";
            case 404 -> " (the token is not this job's, or the job does not exist)";
            default -> "";
        };
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 500 ? body : body.substring(0, 500) + "…";
    }
}
