package org.footnote.ui.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An action that fails (a click, a save) says so at once, in words, in the page's {@link ErrorBanner}: "Footnote cannot save right now"
 * when the database failed, a refusal when access was denied, or that something went wrong. Never
 * silence, never a stack trace; the cause goes to the log.
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);
    static final String ACCESS_MESSAGE = "You are not allowed to do that.";
    static final String OTHER_MESSAGE = "Something went wrong, and what you just did may not have been saved. "
            + "Try again; if it happens again, reload the page.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = message(error);
        if (message.equals(ACCESS_MESSAGE)) {
            log.warn("Refused: {}", error.getMessage());
        } else {
            log.error("An action failed", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            show(ui, message);
        }
    }

    static String message(Throwable error) {
        if (ErrorView.Failures.isStorage(error)) {
            return ErrorView.Failures.STORAGE_MESSAGE;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return ACCESS_MESSAGE;
            }
        }
        return OTHER_MESSAGE;
    }

    /** In the page's banner; on pages without the app's layout (sign-in, sign-up), as a notification. */
    static void show(UI ui, String message) {
        var banner = ErrorBanner.of(ui);
        if (banner.isPresent()) {
            banner.get().show(message);
            return;
        }
        Notification n = Notification.show(message, 0, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.addClassName("error-notification");
        n.getElement().addEventListener("click", e -> n.close());
    }
}
