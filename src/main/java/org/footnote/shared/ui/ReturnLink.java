package org.footnote.shared.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page opened from another ("Read in context" from a quiz) carries where it came from as a query
 * parameter, to offer the way back. Only a local route of this app is accepted: never another site
 * (no scheme, no "//", no backslash), so the parameter cannot send anyone elsewhere.
 */
public final class ReturnLink {

    public static final String PARAMETER = "back";
    private static final int MAX_LENGTH = 300;
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9][a-z0-9/_-]*(\\?[A-Za-z0-9_=&%.-]*)?");

    private ReturnLink() {
    }

    /** {@code target} with {@code from} (the page being left) as its way back; {@code target} alone if none. */
    public static String append(String target, Location from) {
        String back = from == null ? "" : from.getPathWithQueryParameters();
        if (localRoute(back).isEmpty()) {
            return target;
        }
        return target + (target.contains("?") ? "&" : "?") + PARAMETER + "="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /** {@code back} when it is a route of this app, as a relative location; empty otherwise. */
    public static Optional<String> localRoute(String back) {
        if (back == null || back.length() > MAX_LENGTH || !LOCAL.matcher(back).matches() || back.contains("..")) {
            return Optional.empty();
        }
        String path = new Location(back).getPath();
        try {
            return RouteConfiguration.forApplicationScope().getRoute(path).isPresent() ? Optional.of(back) : Optional.empty();
        } catch (IllegalStateException outsideVaadin) {
            return Optional.empty();
        }
    }
}
