/**
 * What a Kubernetes Job says about its worker, as pure Java: the Kubernetes executor (in the
 * server, with its Kubernetes client) copies a Job and its pods into
 * {@link io.charter.scheduler.executor.kubernetes.KubeJobView} and friends,
 * {@link io.charter.scheduler.executor.kubernetes.KubeWorkerClassifier} turns that into a
 * {@link io.charter.scheduler.executor.kubernetes.WorkerVerdict}, and
 * {@link io.charter.scheduler.executor.kubernetes.KubeFeedback} into the job event the server
 * applies. No Kubernetes library here: the rules can be tested with plain records and read
 * without a cluster.
 */
package io.charter.scheduler.executor.kubernetes;
