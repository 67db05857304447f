/**
 * Signing in and access. Owns {@code sign_in_failures} and {@code known_device}. Exposes
 * {@link org.footnote.security.CurrentUser}, which every service asks who is acting and with what role;
 * keeps Spring Security's configuration, the sign-in throttle (its policy is plain Java) and the
 * sign-in and access-denied views.
 */
@ApplicationModule(displayName = "Security")
package org.footnote.security;

import org.springframework.modulith.ApplicationModule;
