package org.footnote.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * The layout's one permanent {@code role="status"} live region. Views announce feedback through
 * {@link #announce(String)}; screen readers read it out (Vaadin notifications are not reliably announced).
 */
public class Announcer extends Div {

    public Announcer() {
        setId("announcer");
        addClassName("visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Says {@code message} through the current UI's live region, if the layout is showing. */
    public static void announce(String message) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            var announcer = ComponentUtil.getData(ui, Announcer.class);
            if (announcer != null) {
                announcer.say(message);
            }
        }
    }

    /** Alternates a trailing non-breaking space so that repeating the same words is still announced. */
    void say(String message) {
        String previous = getText();
        setText(message.equals(previous) ? message + "\u00a0" : message);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), Announcer.class, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), Announcer.class) == this) {
            ComponentUtil.setData(event.getUI(), Announcer.class, null);
        }
    }
}
