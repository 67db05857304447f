/**
 * Accounts and signing in: who may sign in and as what. Owns {@code app_user}, and in
 * {@code account.security} the sign-in throttle's {@code sign_in_failures} and {@code known_device}.
 * {@link org.footnote.account.AccountService} is the only writer of users (students registering,
 * instructors created by colleagues, the first instructor created at first start); every module asks
 * {@link org.footnote.account.CurrentUser} who is acting. {@code account.security} holds Spring
 * Security's configuration and the throttle (its policy is plain Java); views: sign-in, registration,
 * the Account page and the Instructors page.
 */
@ApplicationModule(displayName = "Accounts")
package org.footnote.account;

import org.springframework.modulith.ApplicationModule;
