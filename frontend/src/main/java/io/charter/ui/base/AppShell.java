package io.charter.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level settings of the Charter UI. */
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {
}
