package io.charter.ui.dataset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.charter.common.error.CharterException;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.RulesCommand;
import io.charter.dataset.service.ValidationJobs;
import io.charter.dataset.service.ValidationService;
import io.charter.dataset.service.ValidationView.ValidationOverride;
import io.charter.governance.data.ColumnType;
import io.charter.governance.data.validation.FailingExample;
import io.charter.governance.data.validation.RuleKind;
import io.charter.governance.data.validation.RuleResult;
import io.charter.governance.data.validation.ValidationRule;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.JobProgress;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A dataset's validation rules ("expectations", seed §3.3) and their result on one version: each
 * rule with its failing count and first failing rows, and — for a failing version — the data
 * scientist's override with a reason.
 */
@Route(value = "datasets/:datasetId/validation/:versionId", layout = MainLayout.class)
@PageTitle("Validation · Charter")
public class ValidationView extends VerticalLayout implements BeforeEnterObserver {

    private final ValidationService validations;
    private final ValidationJobs jobs;
    private final DatasetService datasets;
    private final CurrentUser user;
    private final H2 heading = new H2("Validation");
    private final Grid<ValidationRule> rules = new Grid<>(ValidationRule.class, false);
    private final Select<RuleKind> kind = new Select<>();
    private final Select<String> column = new Select<>();
    private final NumberField min = new NumberField("Min");
    private final NumberField max = new NumberField("Max");
    private final TextField values = new TextField("Allowed values (comma-separated)");
    private final TextField pattern = new TextField("Regular expression");
    private final Select<ColumnType> type = new Select<>();
    private final JobProgress progress = new JobProgress("validation", this::refreshResult);
    private final Span verdict = new Span();
    private final Grid<RuleResult> results = new Grid<>(RuleResult.class, false);
    private final VerticalLayout override = new VerticalLayout();
    private final TextArea reason = new TextArea("Reason for using this version anyway");
    private final List<ValidationRule> draft = new ArrayList<>();
    private UUID datasetId;
    private String versionId;
    private long datasetVersion;

    @Inject
    public ValidationView(ValidationService validations, ValidationJobs jobs, DatasetService datasets,
                          CurrentUser user) {
        this.validations = validations;
        this.jobs = jobs;
        this.datasets = datasets;
        this.user = user;
        boolean builder = user.hasAny(Role.builders());

        rules.setId("rule-grid");
        rules.addColumn(ValidationRule::kind).setHeader("Rule");
        rules.addColumn(r -> r.column() == null ? "(all rows)" : r.column()).setHeader("Column");
        rules.addColumn(ValidationView::condition).setHeader("Condition");
        if (builder) {
            rules.addComponentColumn(r -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    draft.remove(r);
                    rules.setItems(draft);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel("Remove rule");
                return remove;
            }).setHeader("");
        }
        rules.setAllRowsVisible(true);

        kind.setLabel("Rule");
        kind.setItems(RuleKind.values());
        kind.setId("rule-kind");
        kind.addValueChangeListener(e -> showParameters(e.getValue()));
        type.setLabel("Type");
        type.setItems(ColumnType.values());
        column.setId("rule-column");
        column.setLabel("Column");
        min.setId("rule-min");
        max.setId("rule-max");
        values.setId("rule-values");
        pattern.setId("rule-pattern");
        Button add = new Button("Add rule", VaadinIcon.PLUS.create(), e -> addRule());
        add.setId("add-rule");
        Button save = new Button("Save rules and validate", e -> saveRules());
        save.setId("save-rules");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(kind, column, min, max, values, pattern, type, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(builder);
        save.setVisible(builder);
        showParameters(null);

        verdict.setId("validation-verdict");
        results.setId("result-grid");
        results.addColumn(r -> r.passed() ? "passed" : "FAILED").setHeader("Result");
        results.addColumn(r -> r.rule().kind()).setHeader("Rule");
        results.addColumn(r -> r.rule().column() == null ? "" : r.rule().column()).setHeader("Column");
        results.addColumn(RuleResult::failing).setHeader("Failing");
        results.addColumn(RuleResult::message).setHeader("Finding").setFlexGrow(3);
        results.addColumn(r -> r.examples().stream().map(ValidationView::example)
                .collect(Collectors.joining("; "))).setHeader("First failing rows").setFlexGrow(2);
        results.setAllRowsVisible(true);
        results.setPartNameGenerator(r -> r.passed() ? null : "failed");

        reason.setId("override-reason");
        reason.setWidthFull();
        Button accept = new Button("Override: use for training", e -> overrideValidation());
        accept.setId("override-validation");
        accept.addThemeVariants(ButtonVariant.LUMO_ERROR);
        override.setPadding(false);
        override.add(new Paragraph("The version failed validation, so training refuses it. A data scientist may "
                + "accept it with a reason; the override is recorded in the audit trail."), reason, accept);
        override.setVisible(false);

        add(heading, new H3("Rules"), new Paragraph("Rules belong to the dataset and run on every new version. "
                        + "Saving them validates the newest version again."), rules, form, save,
                new H3("Result on this version"), progress, verdict, results, override);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            datasetId = UUID.fromString(event.getRouteParameters().get("datasetId").orElseThrow());
            versionId = event.getRouteParameters().get("versionId").orElseThrow();
            heading.setText("Validation of version " + versionId.substring(0, Math.min(12, versionId.length())));
            column.setItems(datasets.version(datasetId, versionId).columns().stream()
                    .map(c -> c.name()).toList());
            loadRules();
            refreshResult();
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Dataset", "?"));
            event.forwardTo("projects");
        }
    }

    private void loadRules() {
        var view = validations.rules(datasetId);
        datasetVersion = view.version();
        draft.clear();
        draft.addAll(view.rules());
        rules.setItems(draft);
    }

    private void showParameters(RuleKind k) {
        column.setVisible(k != RuleKind.ROW_COUNT);
        min.setVisible(k == RuleKind.RANGE || k == RuleKind.ROW_COUNT);
        max.setVisible(k == RuleKind.RANGE || k == RuleKind.ROW_COUNT || k == RuleKind.MAX_MISSING_PCT);
        max.setLabel(k == RuleKind.MAX_MISSING_PCT ? "Max missing %" : "Max");
        values.setVisible(k == RuleKind.ALLOWED_VALUES);
        pattern.setVisible(k == RuleKind.REGEX);
        type.setVisible(k == RuleKind.TYPE);
    }

    private void addRule() {
        RuleKind k = kind.getValue();
        if (k == null) {
            kind.setInvalid(true);
            kind.setErrorMessage("Choose a rule");
            return;
        }
        kind.setInvalid(false);
        List<String> allowed = values.isEmpty() ? null : Arrays.stream(values.getValue().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        draft.add(new ValidationRule(k, k == RuleKind.ROW_COUNT ? null : column.getValue(),
                min.isVisible() ? min.getValue() : null, max.isVisible() ? max.getValue() : null,
                k == RuleKind.ALLOWED_VALUES ? allowed : null, k == RuleKind.REGEX ? pattern.getValue() : null,
                k == RuleKind.TYPE ? type.getValue() : null));
        rules.setItems(draft);
    }

    private void saveRules() {
        try {
            var updated = validations.updateRules(datasetId, datasetVersion, new RulesCommand(List.copyOf(draft)));
            if (updated.job() != null) {
                jobs.submit(user.tenant(), updated.job());
            }
            Notifications.success("Saved " + draft.size() + " rules; validating the newest version");
            loadRules();
            refreshResult();
        } catch (RuntimeException e) {
            UiErrorHandling.show(e);
        }
    }

    private void refreshResult() {
        var v = validations.get(datasetId, versionId);
        boolean active = progress.show(v.job(), "Validating", "Validated");
        results.setItems(v.report() == null ? List.of() : v.report().results());
        ValidationOverride o = v.override();
        verdict.setText(active ? "" : v.passed() == null ? "No result"
                : v.passed() ? "Passed: the version may be used for training."
                : o != null ? "Failed, overridden by " + o.by() + ": " + o.reason()
                : "Failed: not usable for training until overridden.");
        override.setVisible(!active && Boolean.FALSE.equals(v.passed()) && o == null
                && user.hasAny(Role.DATA_SCIENTIST));
    }

    private void overrideValidation() {
        try {
            validations.override(datasetId, versionId, reason.getValue());
            reason.clear();
            reason.setInvalid(false);
            Notifications.success("Override recorded");
            refreshResult();
        } catch (CharterException e) {
            e.errors().stream().filter(f -> f.field().equals("reason")).findFirst().ifPresentOrElse(f -> {
                reason.setInvalid(true);
                reason.setErrorMessage(f.message());
            }, () -> UiErrorHandling.show(e));
        }
    }

    static String condition(ValidationRule r) {
        return switch (r.kind()) {
            case NOT_NULL -> "no missing values";
            case RANGE, ROW_COUNT -> "between " + (r.min() == null ? "-∞" : fmt(r.min())) + " and "
                    + (r.max() == null ? "∞" : fmt(r.max()));
            case ALLOWED_VALUES -> "one of " + String.join(", ", r.values());
            case REGEX -> "matches " + r.pattern();
            case UNIQUE -> "no repeated values";
            case MAX_MISSING_PCT -> "at most " + fmt(r.max()) + " % missing";
            case TYPE -> "every value is " + r.type();
        };
    }

    private static String fmt(Double d) {
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static String example(FailingExample e) {
        return "row " + e.row() + ": " + e.value();
    }
}
