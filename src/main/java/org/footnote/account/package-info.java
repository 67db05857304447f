/**
 * Accounts: who may sign in and as what. Owns the {@code app_user} table. {@link org.footnote.account.AccountService}
 * is the only writer of users (students registering, instructors created by colleagues, the first
 * instructor created at first start by {@link org.footnote.account.InitialInstructorBootstrap}); other modules
 * read {@link org.footnote.account.AppUser} and {@link org.footnote.account.Role}. The credential rules are plain
 * Java ({@link org.footnote.account.CredentialRules}). Views: registration and the Account page.
 */
@ApplicationModule(displayName = "Accounts")
package org.footnote.account;

import org.springframework.modulith.ApplicationModule;
