/**
 * The worker program that runs one training, tuning or NAS job, as a local process or as the
 * entrypoint of a Kubernetes pod, following the worker contract in docs/architecture.md.
 */
package io.charter.worker;
