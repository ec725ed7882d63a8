package io.charter.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.BooleanSupplier;

/**
 * Refreshes a component from the server while it is attached and something it shows is still
 * changing. A page has one poller: the UI's poll interval is one setting, so two pollers on one
 * page would overwrite each other's interval and detaching either would stop both.
 */
public final class Polling {

    private Polling() {
    }

    /**
     * Calls {@code refresh} every {@code intervalMillis} while {@code component} is attached and
     * {@code active} answers true; the poll listener is removed and polling stopped on detach.
     */
    public static void whileAttached(Component component, int intervalMillis, BooleanSupplier active,
                                     Runnable refresh) {
        Registration[] poll = new Registration[1];
        component.addAttachListener(event -> {
            event.getUI().setPollInterval(intervalMillis);
            poll[0] = event.getUI().addPollListener(e -> {
                if (active.getAsBoolean()) {
                    refresh.run();
                }
            });
        });
        component.addDetachListener(event -> {
            event.getUI().setPollInterval(-1);
            if (poll[0] != null) {
                poll[0].remove();
                poll[0] = null;
            }
        });
    }
}
