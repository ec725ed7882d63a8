package io.charter.ui.phase;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Phase;

/** A workflow phase whose workspace has not been released yet: says what it will hold. */
@Route(value = "phase", layout = MainLayout.class)
@PageTitle("Workflow · Charter")
public class WorkflowPhaseView extends VerticalLayout implements HasUrlParameter<String> {

    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();

    public WorkflowPhaseView() {
        summary.setId("phase-summary");
        add(title, summary, new Paragraph("This workspace is not available in this release yet. Start with a "
                + "project and its charters under \"Scope & charters\"."));
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        Phase phase = Phase.bySlug(slug);
        if (phase == null) {
            throw new NotFoundException("No workflow phase '" + slug + "'");
        }
        title.setText(phase.label());
        summary.setText(phase.summary());
    }
}
