package io.charter.ui.base;

import com.vaadin.flow.component.html.Span;

/**
 * A state written as a coloured pill (QUEUED, FAILED, PASS…). Styled with Lumo's colour
 * properties rather than the badge theme, which this app shell does not import; the text is the
 * state's own name, so it reads the same without colour and browser tests find it.
 */
public class StatusBadge extends Span {

    /** How a state is coloured: good, bad, in progress, or neutral. */
    public enum Tone {
        SUCCESS("success", "--lumo-success-text-color", "--lumo-success-color-10pct"),
        ERROR("error", "--lumo-error-text-color", "--lumo-error-color-10pct"),
        ACTIVE("", "--lumo-primary-text-color", "--lumo-primary-color-10pct"),
        NEUTRAL("contrast", "--lumo-contrast-80pct", "--lumo-contrast-10pct");

        private final String theme;
        private final String text;
        private final String background;

        Tone(String theme, String text, String background) {
            this.theme = theme;
            this.text = text;
            this.background = background;
        }
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().setAttribute("theme", ("badge " + tone.theme).trim());
        getStyle().set("color", "var(" + tone.text + ")").set("background", "var(" + tone.background + ")")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 0.5em").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500");
    }
}
