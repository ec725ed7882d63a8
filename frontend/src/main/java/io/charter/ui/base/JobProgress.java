package io.charter.ui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.charter.jobs.JobView;

/**
 * A background job's state line and progress bar, polling while the job is queued or running:
 * {@code refresh} is called every second until it answers a finished job.
 */
public class JobProgress extends VerticalLayout {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span state = new Span();
    private final Runnable refresh;
    private Registration poll;

    /** Ids are {@code <id>-progress} and {@code <id>-state}, for tests. */
    public JobProgress(String id, Runnable refresh) {
        this.refresh = refresh;
        bar.setId(id + "-progress");
        state.setId(id + "-state");
        setPadding(false);
        setSpacing(false);
        add(state, bar);
    }

    /** Shows the job; answers whether it is still active (the caller then waits for the next refresh). */
    public boolean show(JobView job, String doing, String done) {
        boolean active = job.status().active();
        bar.setVisible(active);
        bar.setValue(job.progress());
        state.setText(switch (job.status()) {
            case PENDING -> "Queued…";
            case RUNNING -> doing + ": " + job.rowsRead() + " of " + job.totalRows() + " rows";
            case SUCCEEDED -> done + " " + job.totalRows() + " rows";
            case FAILED -> doing + " failed: " + job.error();
        });
        return active;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(1000);
        poll = event.getUI().addPollListener(e -> {
            if (bar.isVisible()) {
                refresh.run();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }
}
