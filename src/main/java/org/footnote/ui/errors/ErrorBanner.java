package org.footnote.ui.errors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;

/**
 * A failed action, said where it cannot be missed: a banner under the app bar ({@code role="alert"})
 * that stays until the user dismisses it or goes to another page. A toast that vanishes after a few
 * seconds is too easy to miss when what failed was saving the user's work.
 */
public class ErrorBanner extends Div {

    private final Span text = new Span();

    public ErrorBanner() {
        addClassName("error-banner");
        getElement().setAttribute("role", "alert");
        var dismiss = new Button("Dismiss", e -> hide());
        dismiss.addThemeVariants(ButtonVariant.TERTIARY);
        add(VaadinIcon.WARNING.create(), text, dismiss);
        setVisible(false);
    }

    public void show(String message) {
        text.setText(message);
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
    }

    public String message() {
        return isVisible() ? text.getText() : "";
    }

    /** The banner of the layout {@code ui} shows, if it shows one. */
    static Optional<ErrorBanner> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, ErrorBanner.class));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), ErrorBanner.class, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), ErrorBanner.class) == this) {
            ComponentUtil.setData(event.getUI(), ErrorBanner.class, null);
        }
    }
}
