package org.footnote.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.footnote.account.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** After a sign-in through the form, the browser keeps (or receives) the cookie that names its device. */
@Component
class DeviceCookie {

    private final KnownDevices devices;
    private final AccountService accounts;

    DeviceCookie(KnownDevices devices, AccountService accounts) {
        this.devices = devices;
        this.accounts = accounts;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            String token = devices.remember(user.getId(), SignInDetails.deviceToken(request));
            response.addHeader("Set-Cookie", ResponseCookie.from(KnownDevices.COOKIE, token).path("/").httpOnly(true)
                    .secure(request.isSecure()).sameSite("Lax").maxAge(KnownDevices.REMEMBERED).build().toString());
        });
    }
}
