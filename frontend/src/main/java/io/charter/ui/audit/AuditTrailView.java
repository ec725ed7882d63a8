package io.charter.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.charter.audit.service.AuditFilter;
import io.charter.audit.service.AuditService;
import io.charter.audit.service.AuditView;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.governance.audit.AuditChain;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Texts;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The tenant's audit trail with filters, and a button that re-verifies the whole hash chain. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail · Charter")
public class AuditTrailView extends VerticalLayout {

    private final AuditService audit;
    private final Select<String> entityType = new Select<>();
    private final TextField entityId = new TextField("Entity id");
    private final TextField actor = new TextField("Actor");
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("To (UTC)");
    private final Grid<AuditView> grid = new Grid<>(AuditView.class, false);
    private final Span verdict = new Span();

    @Inject
    public AuditTrailView(AuditService audit, CurrentUser user) {
        this.audit = audit;
        setSizeFull();
        add(new H2("Audit trail"));
        if (!user.hasAny(Role.COMPLIANCE_OFFICER, Role.TENANT_ADMIN)) {
            add(new Paragraph("Only compliance officers and tenant admins can read the audit trail."));
            return;
        }
        add(new Paragraph("Every change in your tenant, in order. Each event's hash covers the previous one, so "
                + "any edit, deletion or reordering of stored events breaks the chain at that point."));

        entityType.setLabel("Entity type");
        entityType.setItems("", "Project", "EthicsCharter");
        entityType.setItemLabelGenerator(s -> s.isEmpty() ? "any" : s);
        entityType.setValue("");
        actor.setId("audit-actor");
        for (TextField f : new TextField[] {entityId, actor}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        entityType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button verify = new Button("Verify chain", VaadinIcon.SHIELD.create(), e -> verify());
        verify.setId("verify-chain");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verdict.setId("chain-verdict");

        grid.setId("audit-grid");
        grid.addColumn(AuditView::seq).setHeader("#").setAutoWidth(true);
        grid.addColumn(v -> Texts.seconds(v.timestamp())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditView::actor).setHeader("Actor");
        grid.addColumn(AuditView::action).setHeader("Action");
        grid.addColumn(AuditView::entityType).setHeader("Entity");
        grid.addColumn(AuditView::entityId).setHeader("Entity id").setFlexGrow(2);
        grid.addColumn(v -> v.hash().substring(0, 12) + "…").setHeader("Hash");
        grid.setItems(q -> page(q).items().stream(), q -> (int) page(q).total());
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(entityType, entityId, actor, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout verifyBar = new HorizontalLayout(verify, verdict);
        verifyBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(verifyBar, filters, grid);
    }

    private PageResult<AuditView> page(Query<AuditView, Void> q) {
        int size = Math.min(q.getPageSize(), PageQuery.MAX_SIZE);
        int page = q.getLimit() == Integer.MAX_VALUE ? 0 : q.getPage();
        AuditFilter filter = new AuditFilter(entityType.getValue().isEmpty() ? null : entityType.getValue(),
                Texts.orNull(entityId.getValue()), Texts.orNull(actor.getValue()), utc(from.getValue()), utc(to.getValue()));
        return audit.search(filter, PageQuery.of(page, size, "seq,desc", null, AuditService.SORTABLE, "seq,desc"));
    }

    private void verify() {
        AuditChain.Verification v = audit.verify();
        verdict.removeClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.TextColor.ERROR);
        verdict.addClassNames(LumoUtility.FontWeight.SEMIBOLD,
                v.intact() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        verdict.setText(v.intact() ? "Chain intact: " + v.events() + " events verified"
                : "Chain broken at sequence " + v.firstBrokenSeq() + ": " + v.reason());
    }


    private static java.time.Instant utc(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
