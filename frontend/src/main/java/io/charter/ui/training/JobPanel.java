package io.charter.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.charter.scheduler.job.JobState;
import io.charter.scheduler.job.JobType;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.training.domain.LaunchRecord;
import io.charter.training.service.JobCommand;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.JobLogs;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import io.charter.ui.base.JobProgress;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.Texts;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The job behind a run, on the run's page: its state, attempt and reason, progress with the time
 * left, cancelling it, the last lines its worker wrote and, once a training job has succeeded,
 * its final evaluation on the test split (an EVALUATE job of its own, with its own run). It does not poll: the run page polls
 * once for the run, its curves and this panel (a page has one poller).
 */
public class JobPanel extends VerticalLayout {

    /** Lines of worker output shown; the full log is at {@code GET /api/v1/jobs/{id}/logs}. */
    static final int LOG_LINES = 200;

    private final TrainingJobService jobs;
    private final JobDispatcher dispatcher;
    private final JobLogs logs;
    private final Runnable changed;
    private final boolean builder;
    private final Div state = new Div();
    private final Span summary = new Span();
    private final Span queue = new Span();
    private final JobProgress progress = new JobProgress("job");
    private final Button cancel = new Button("Cancel job");
    private final Button evaluate = new Button("Evaluate on the test split");
    private final Pre log = new Pre();
    private TrainingJobView job;

    /** {@code changed} is called after the user changed the job (cancelled it), to refresh the page. */
    public JobPanel(TrainingJobService jobs, JobDispatcher dispatcher, JobLogs logs, CurrentUser user,
                    Runnable changed) {
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.logs = logs;
        this.changed = changed;
        setPadding(false);
        setId("job-panel");
        state.setId("job-state-badge");
        summary.setId("job-summary");
        queue.setId("job-queue");
        queue.getStyle().set("color", "var(--lumo-secondary-text-color)");
        cancel.setId("cancel-job");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancel());
        cancel.setVisible(false);
        evaluate.setId("evaluate-job");
        evaluate.setTooltipText("Scores this run's model once on the locked test rows, in a new EVALUATE job and run");
        evaluate.addClickListener(e -> evaluate());
        evaluate.setVisible(false);
        this.builder = user.hasAny(Role.builders());
        log.setId("job-logs");
        log.setWidthFull();
        log.getStyle().set("max-height", "24em").set("overflow", "auto").set("font-size", "var(--lumo-font-size-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "0.5em");
        HorizontalLayout header = new HorizontalLayout(state, summary, cancel, evaluate);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H3("Job"), header, queue, progress, new H3("Logs"), log);
    }

    /** Shows the job's current state and log tail; answers whether it is still going. */
    public boolean show(TrainingJobView current) {
        job = current;
        boolean active = !job.state().isTerminal();
        state.removeAll();
        state.add(TrainingJobs.badge(job.state()));
        summary.setText(summary(job));
        queue.setText(queueLine(job));
        queue.setVisible(job.queue() != null);
        progress.show(active, TrainingJobs.fraction(job), progressLine(job));
        cancel.setVisible(active && builder);
        evaluate.setVisible(builder && job.type() == JobType.TRAIN && job.state() == JobState.SUCCEEDED);
        log.setText(tail());
        return active;
    }

    /** Where a waiting job stands: its place in the tenant's line and the round's reason, or Kubernetes' message. */
    static String queueLine(TrainingJobView job) {
        if (job.queue() == null) {
            return "";
        }
        return job.queue().position() == null
                ? "Waiting for the cluster: " + job.queue().reason()
                : "Queued #" + job.queue().position() + " in the tenant's line: " + job.queue().reason();
    }

    /** "Kubernetes Job charter-… in charter-jobs" while the attempt runs there, for {@code kubectl}. */
    static String kubernetesJob(TrainingJobView job) {
        String handle = job.executor();
        if (handle == null || !handle.startsWith("k8s:") || handle.indexOf('/') < 0) {
            return null;
        }
        return "Kubernetes Job " + handle.substring(handle.indexOf('/') + 1) + " in "
                + handle.substring("k8s:".length(), handle.indexOf('/'));
    }

    private static String summary(TrainingJobView job) {
        return Stream.of(job.type() + " " + job.algorithm(), "attempt " + job.attempt() + " of " + job.maxAttempts(),
                        job.preemptions() == 0 ? null : "preempted " + job.preemptions() + "× (not charged)",
                        kubernetesJob(job),
                        job.reason(), job.startedAt() == null ? null : "started " + Texts.seconds(job.startedAt()),
                        job.finishedAt() == null ? null : "finished " + Texts.seconds(job.finishedAt()))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private static String progressLine(TrainingJobView job) {
        String line = Stream.of(TrainingJobs.progressText(job), TrainingJobs.eta(job, Instant.now()))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
        if (!line.isEmpty()) {
            return line;
        }
        return switch (job.state()) {
            case QUEUED -> "Waiting in the queue";
            case SCHEDULED -> "Waiting for the worker to start";
            case RUNNING -> "Waiting for the worker's first progress report";
            case SUCCEEDED, FAILED, CANCELLED -> "";
        };
    }

    private String tail() {
        LaunchRecord launch = JobLogs.pick(jobs.launches(job.id()), null);
        if (launch == null) {
            return "No output yet: the job has not been launched.";
        }
        String text = logs.read(launch, null, LOG_LINES).text();
        return text.isEmpty() ? "No output yet." : text;
    }

    /** Submits the final evaluation of this job's model on the test split and opens its run. */
    private void evaluate() {
        TrainingJobView submitted = jobs.submit(job.projectId(), new JobCommand(JobType.EVALUATE, job.pipelineFitId(),
                null, job.runId(), "TEST", null, job.experimentId(), null, job.seed(), null, null));
        dispatcher.wake(); // after submit's transaction committed
        Notifications.success("Queued the evaluation of " + job.algorithm() + " on the test split");
        getUI().ifPresent(ui -> ui.navigate("runs/" + submitted.runId()));
    }

    private void cancel() {
        TrainingJobs.cancel(jobs, dispatcher, job.id()); // a job that has just ended is a 409 the global handler shows
        Notifications.success("Cancelled the job; its worker is being stopped");
        changed.run();
    }
}
