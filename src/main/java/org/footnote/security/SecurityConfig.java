package org.footnote.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.footnote.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.footnote.account.AccountService;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login on our login view, every view guarded by its access annotation on the server
 * ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}), failed sign-ins throttled.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts,
                                            PasswordEncoder passwordEncoder, LoginThrottle throttle) throws Exception {
        var passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        passwords.setPasswordEncoder(passwordEncoder);
        // Our manager alone, with no parent: a throttled sign-in must not fall through to another provider.
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)));
        // Our static stylesheet, icons and scripts (see pom.xml: frontend/ is served at /footnote/).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/footnote/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt today, with the algorithm named in each hash so stronger ones can follow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }
}
