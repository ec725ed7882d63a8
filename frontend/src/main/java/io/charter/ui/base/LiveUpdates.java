package io.charter.ui.base;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Server push that never runs a service call without the user: a change announced by the backend
 * (on a thread with no signed-in identity) only pushes a nudge, and the browser answers it with an
 * ordinary request, in which the page refreshes itself under the user's own identity and tenant.
 * Nudges arriving while one is in flight are merged, so a worker logging every second costs one
 * refresh per round trip at most.
 */
public final class LiveUpdates {

    private final Nudge nudge;
    private final Function<Runnable, AutoCloseable> subscribe;
    private AutoCloseable subscription;
    private UI ui;

    private LiveUpdates(Function<Runnable, AutoCloseable> subscribe, Runnable refresh) {
        this.subscribe = subscribe;
        this.nudge = new Nudge(refresh);
    }

    /**
     * While {@code page} is attached, keeps the subscription {@code subscribe} opens (given a
     * listener to call on every change) and calls {@code refresh} in a request from the browser
     * after each change. Call {@link #restart()} when what the page watches changes while it stays
     * attached (a route parameter changed).
     */
    public static <C extends Component & HasComponents> LiveUpdates whileAttached(C page,
            Function<Runnable, AutoCloseable> subscribe, Runnable refresh) {
        LiveUpdates live = new LiveUpdates(subscribe, refresh);
        live.nudge.getElement().getStyle().set("display", "none");
        page.add(live.nudge);
        page.addAttachListener(event -> live.start(event.getUI()));
        page.addDetachListener(event -> live.stop());
        return live;
    }

    /** Reopens the subscription (no-op while detached). */
    public void restart() {
        if (ui != null) {
            UI current = ui;
            stop();
            start(current);
        }
    }

    private void start(UI attachedTo) {
        ui = attachedTo;
        subscription = subscribe.apply(() -> nudge.push(attachedTo));
    }

    private void stop() {
        ui = null;
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing a subscription only removes a listener
            }
            subscription = null;
        }
    }

    /** The hidden element the browser calls back on. */
    @Tag("charter-nudge")
    static final class Nudge extends Component {

        private final Runnable refresh;
        private final AtomicBoolean pending = new AtomicBoolean();

        Nudge(Runnable refresh) {
            this.refresh = refresh;
        }

        void push(UI ui) {
            if (pending.compareAndSet(false, true)) {
                ui.access(() -> getElement().executeJs("this.$server.changed()"));
            }
        }

        @ClientCallable
        void changed() {
            pending.set(false);
            refresh.run();
        }
    }
}
