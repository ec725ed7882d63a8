package io.charter.ui.base;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.charter.jobs.JobView;

/**
 * A background job's state line and progress bar. Built with a {@code refresh}, it polls every
 * second until the job has finished; built without, it only shows what its owner hands it (for
 * pages that already poll, since a page has one poller — see {@link Polling}).
 */
public class JobProgress extends VerticalLayout {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span state = new Span();

    /** Ids are {@code <id>-progress} and {@code <id>-state}, for tests. */
    public JobProgress(String id, Runnable refresh) {
        this(id);
        Polling.whileAttached(this, 1000, bar::isVisible, refresh);
    }

    /** Shows what it is given and never polls. */
    public JobProgress(String id) {
        bar.setId(id + "-progress");
        state.setId(id + "-state");
        setPadding(false);
        setSpacing(false);
        add(state, bar);
    }

    /** Shows the job; answers whether it is still active (the caller then waits for the next refresh). */
    public boolean show(JobView job, String doing, String done) {
        return show(job.status().active(), job.progress(), switch (job.status()) {
            case PENDING -> "Queued…";
            case RUNNING -> doing + ": " + job.rowsRead() + " of " + job.totalRows() + " rows";
            case SUCCEEDED -> done + " " + job.totalRows() + " rows";
            case FAILED -> doing + " failed: " + job.error();
        });
    }

    /**
     * Shows a state line and, while {@code active}, a bar at {@code fraction} (0–1; null draws an
     * indeterminate bar, for work whose total is not known yet). Answers {@code active}.
     */
    public boolean show(boolean active, Double fraction, String text) {
        bar.setVisible(active);
        bar.setIndeterminate(active && fraction == null);
        if (fraction != null) {
            bar.setValue(fraction);
        }
        state.setText(text);
        return active;
    }
}
