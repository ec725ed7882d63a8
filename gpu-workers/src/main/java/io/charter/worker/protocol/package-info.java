/**
 * The worker side of docs/worker-protocol.md: the job spec the server hands out, the events the
 * worker posts back, and the HTTP client that fetches the one and sends the others (with the
 * retries and the fencing the protocol asks for).
 */
package io.charter.worker.protocol;
