package io.charter.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import io.charter.common.error.CharterException;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The UI's one error handler: user errors (validation, 403, 404, 409, 412) become a notification
 * with the service's own message; anything else is logged and shown as a server fault.
 */
public class UiErrorHandling {

    private static final Logger LOG = Logger.getLogger(UiErrorHandling.class);

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable t = event.getThrowable();
        if (!UiErrors.isUserError(t)) {
            LOG.error("Unexpected UI failure", t);
        }
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> show(t));
        }
    }

    /** Shows a failure as a notification (also used by views that catch to mark form fields). */
    /**
     * Opens what the route parameter {@code parameter} names: {@code open} gets it as a UUID. A
     * malformed id, or a {@link CharterException} while opening (another tenant's id is not found),
     * is shown and the user is forwarded to {@code fallbackRoute}.
     */
    public static void openOrForward(BeforeEnterEvent event, String parameter, String entity, String fallbackRoute,
                                     Consumer<UUID> open) {
        try {
            open.accept(UUID.fromString(event.getRouteParameters().get(parameter).orElseThrow()));
        } catch (IllegalArgumentException | CharterException e) {
            show(e instanceof CharterException ? e : CharterException.notFound(entity, "?"));
            event.forwardTo(fallbackRoute);
        }
    }

    public static void show(Throwable t) {
        Notification n = Notification.show(UiErrors.message(t), 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notification");
    }
}
