package org.footnote.account.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a sign-in comes from: the client's address (the proxy's forwarded one, where Footnote runs
 * behind a proxy and trusts its headers) and the device cookie, if the browser has one.
 */
public record SignInDetails(String address, String deviceToken) implements Serializable {

    /** Reads the details of each sign-in request. */
    static final class Source implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

        @Override
        public SignInDetails buildDetails(HttpServletRequest request) {
            return new SignInDetails(request.getRemoteAddr(), deviceToken(request));
        }
    }

    static String deviceToken(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (KnownDevices.COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
