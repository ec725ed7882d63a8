package io.charter.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings of the Charter UI. Server push runs over a WebSocket while requests from the
 * browser stay plain HTTP, so every service call still carries the signed-in user's identity (see
 * {@link LiveUpdates}).
 */
@Theme(themeClass = Lumo.class)
@Push(transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {
}
