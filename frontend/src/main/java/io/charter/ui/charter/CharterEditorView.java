package io.charter.ui.charter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.charter.charter.domain.CharterStatus;
import io.charter.charter.domain.FairnessCriterion;
import io.charter.charter.domain.ProtectedAttribute;
import io.charter.charter.domain.RiskTier;
import io.charter.charter.service.CharterCommand;
import io.charter.charter.service.CharterService;
import io.charter.charter.service.CharterView;
import io.charter.common.error.CharterException;
import io.charter.project.service.ProjectService;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Texts;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.RowListEditor;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ethics charter of one project (seed §1.2, "Defining Scope, Constraints, and Ethics Charter"):
 * every save is a new immutable version; a compliance officer approves the latest draft.
 */
@Route(value = "projects/charter", layout = MainLayout.class)
@PageTitle("Ethics charter · Charter")
public class CharterEditorView extends VerticalLayout implements HasUrlParameter<String> {

    private final CharterService charters;
    private final ProjectService projects;

    private final H2 heading = new H2();
    private final Span state = new Span();
    private final Span inForce = new Span();
    private final RowListEditor<ProtectedAttribute> attributes = new RowListEditor<>("Protected attributes",
            "Add protected attribute", ProtectedAttributeRow::new);
    private final RowListEditor<FairnessCriterion> criteria = new RowListEditor<>("Fairness criteria",
            "Add fairness criterion", FairnessCriterionRow::new);
    private final TextArea privacy = new TextArea("Privacy");
    private final TextArea transparency = new TextArea("Transparency");
    private final TextArea societalImpact = new TextArea("Societal impact");
    private final TextArea dualUse = new TextArea("Dual-use risks");
    private final Select<RiskTier> riskTier = new Select<>();
    private final Button save = new Button("Save as new draft", VaadinIcon.CHECK.create());
    private final Button approve = new Button("Approve", VaadinIcon.CHECK_CIRCLE.create());
    private final Grid<CharterView> history = new Grid<>(CharterView.class, false);
    private final FormErrors errors = new FormErrors();

    private UUID projectId;
    private CharterView latest;

    @Inject
    public CharterEditorView(CharterService charters, ProjectService projects, CurrentUser user) {
        this.charters = charters;
        this.projects = projects;
        setMaxWidth("1100px");
        configureFields();

        save.setId("save-charter");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(user.hasAny(CharterService.editors()));
        save.addClickListener(e -> errors.run(this::save));
        approve.setId("approve-charter");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.setVisible(user.hasAny(Role.COMPLIANCE_OFFICER));
        approve.addClickListener(e -> errors.run(this::approve));
        state.setId("charter-state");
        state.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.PRIMARY);
        inForce.setId("charter-in-force");

        history.setId("charter-history");
        history.addColumn(CharterView::version).setHeader("Version").setAutoWidth(true);
        history.addColumn(CharterView::status).setHeader("Status");
        history.addColumn(CharterView::riskTier).setHeader("Risk tier");
        history.addColumn(CharterView::createdBy).setHeader("Written by");
        history.addColumn(c -> Texts.minutes(c.createdAt())).setHeader("Written");
        history.addColumn(c -> c.approvedBy() == null ? "" : c.approvedBy() + ", " + Texts.minutes(c.approvedAt()))
                .setHeader("Approved");
        history.setAllRowsVisible(true);
        history.addItemClickListener(e -> fill(e.getItem()));

        FormLayout text = new FormLayout(privacy, transparency, societalImpact, dualUse);
        add(heading, new HorizontalLayout(state, inForce), guidance(), attributes, criteria, riskTier, text,
                new HorizontalLayout(save, approve), new H3("Version history"),
                new Paragraph("Versions are immutable. Click one to start a new draft from it."), history);
    }

    private void configureFields() {
        riskTier.setLabel("EU AI Act risk tier");
        riskTier.setId("charter-risk-tier");
        riskTier.setItems(RiskTier.values());
        riskTier.setItemLabelGenerator(t -> switch (t) {
            case MINIMAL -> "Minimal — e.g. spam filters; no obligations";
            case LIMITED -> "Limited — transparency duties (e.g. chatbots must disclose)";
            case HIGH -> "High — e.g. credit scoring, hiring: risk management, data governance, human oversight";
            case UNACCEPTABLE -> "Unacceptable — prohibited practices (Art. 5); cannot be approved";
        });
        riskTier.setWidth("40em");
        privacy.setId("charter-privacy");
        privacy.setHelperText("How sensitive data is handled, anonymised or protected (GDPR).");
        transparency.setHelperText("The level of explainability stakeholders and end-users need.");
        societalImpact.setHelperText("Unintended consequences: workforce displacement, amplification of biases.");
        dualUse.setHelperText("Could the system be repurposed to cause harm?");
        for (TextArea area : List.of(privacy, transparency, societalImpact, dualUse)) {
            area.setMaxLength(8000);
        }
        errors.field("riskTier", riskTier).field("privacy", privacy).field("transparency", transparency)
                .field("societalImpact", societalImpact).field("dualUse", dualUse)
                .list("protectedAttributes", attributes).list("fairnessCriteria", criteria);
    }

    private static Details guidance() {
        Details d = new Details("What belongs in an ethics charter?", new Paragraph(
                "Not a box-ticking exercise but a commitment made before any code is written. Protected attributes: "
                        + "which columns (age, gender, ethnicity …) must be monitored, and which groups to compare. "
                        + "Fairness criteria: demographic parity compares positive-prediction rates between groups "
                        + "(difference ≤ threshold, or ratio ≥ threshold — 0.8 is the four-fifths rule); equal "
                        + "opportunity compares true-positive rates; equalized odds compares true- and false-positive "
                        + "rates; predictive parity compares precision. Later phases evaluate every model against "
                        + "the approved version, and promotion gates refuse models that break it."));
        d.setId("charter-guidance");
        return d;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            projectId = UUID.fromString(parameter);
            heading.setText("Ethics charter — " + projects.get(projectId).name());
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Project", parameter));
            event.forwardTo("projects"); // by route: ui.project already links here
            return;
        }
        refresh();
    }

    private void refresh() {
        List<CharterView> versions = charters.history(projectId);
        history.setItems(versions);
        latest = versions.isEmpty() ? null : versions.get(0);
        if (latest == null) {
            state.setText("No charter yet");
            riskTier.setValue(RiskTier.MINIMAL);
        } else {
            state.setText("Version " + latest.version() + " · " + latest.status());
            fill(latest);
        }
        Optional<CharterView> approved = versions.stream().filter(v -> v.status() == CharterStatus.APPROVED).findFirst();
        inForce.setText(approved.map(a -> "In force: version " + a.version() + ", approved by " + a.approvedBy()
                + " on " + Texts.minutes(a.approvedAt())).orElse("No approved version yet"));
        approve.setEnabled(latest != null && latest.status() == CharterStatus.DRAFT);
        approve.setText(latest == null ? "Approve" : "Approve version " + latest.version());
    }

    private void fill(CharterView c) {
        attributes.setValue(c.protectedAttributes());
        criteria.setValue(c.fairnessCriteria());
        privacy.setValue(Texts.orEmpty(c.privacy()));
        transparency.setValue(Texts.orEmpty(c.transparency()));
        societalImpact.setValue(Texts.orEmpty(c.societalImpact()));
        dualUse.setValue(Texts.orEmpty(c.dualUse()));
        riskTier.setValue(c.riskTier());
    }

    private void save() {
        CharterCommand command = new CharterCommand(attributes.getValue(), criteria.getValue(), Texts.orNull(privacy.getValue()),
                Texts.orNull(transparency.getValue()), Texts.orNull(societalImpact.getValue()), Texts.orNull(dualUse.getValue()), riskTier.getValue(), null);
        CharterView saved = charters.save(projectId, latest == null ? null : (long) latest.version(), command);
        Notifications.success("Saved version " + saved.version() + " as a draft");
        refresh();
    }

    private void approve() {
        CharterView approved = charters.approve(projectId, (long) latest.version());
        Notifications.success("Approved version " + approved.version());
        refresh();
    }


}
