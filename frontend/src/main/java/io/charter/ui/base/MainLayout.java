package io.charter.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import jakarta.inject.Inject;

import java.util.stream.Collectors;

/** The shell: navigation through every workflow phase, who is signed in (tenant, roles), sign-out. */
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(CurrentUser user) {
        H1 title = new H1("Charter");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Span who = new Span(user.name() + " · " + user.tenant() + " · "
                + user.roles().stream().map(Role::claim).collect(Collectors.joining(", ")));
        who.setId("current-user");
        who.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Anchor logout = new Anchor("/logout", "Sign out");
        logout.setId("logout");
        logout.getElement().setAttribute("router-ignore", true);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.setWidthFull();
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(header);

        SideNav nav = new SideNav();
        for (Phase phase : Phase.values()) {
            SideNavItem item = new SideNavItem(phase.label(), "/" + phase.route());
            if (!phase.available()) {
                item.setSuffixComponent(new Span("soon"));
            }
            nav.addItem(item);
        }
        addToDrawer(nav);
    }
}
