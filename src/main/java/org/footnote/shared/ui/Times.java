package org.footnote.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the person at the screen reads them: in their browser's time zone, which
 * the main layout asks the browser for once per session (until it answers, the server's zone).
 */
public final class Times {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Times() {
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        return zone != null ? zone : ZoneId.systemDefault();
    }

    public static String format(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone()));
    }

    /** The day of {@code at} in the viewer's zone, in the same form as {@link #format}. */
    public static String date(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(zone()));
    }

    /** A calendar day (a study day, a chart's day), in the same form as {@link #format}. */
    public static String date(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone());
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    /** Asks the browser for its zone and keeps it in the session. */
    public static void learnZone(UI ui) {
        ui.getPage().executeJs("return Intl.DateTimeFormat().resolvedOptions().timeZone").then(String.class, id -> {
            if (id != null && ZoneId.getAvailableZoneIds().contains(id)) {
                ui.getSession().setAttribute(ZoneId.class, ZoneId.of(id));
            }
        });
    }
}
