package org.footnote.account.security;

import org.footnote.account.Role;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.footnote.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.footnote.account.AccountService;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login on our login view, every view guarded by its access annotation on the server
 * ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}), failed sign-ins throttled.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views are guarded by Vaadin's own access checker, so no JSR-250 proxies around them
class SecurityConfig {

    /**
     * Everything from our own origin. Vaadin needs inline and eval'd scripts and inline styles
     * (its bootstrap and executeJs); images may be data: URLs (icons); no plugins, no framing by
     * other sites, no form posting anywhere else.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            RequestUtil requestUtil) throws Exception {
        http.authenticationManager(authenticationManager);
        // Our static stylesheet, icons and scripts (frontend/ is served at /footnote/), and WebJars (charts).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/footnote/**", "/webjars/**").permitAll());
        // A load balancer's health check is anyone's (it says UP or DOWN, nothing else); the server's
        // timings and other metrics are for instructors, who run the school's Footnote.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.INSTRUCTOR.name()));
        // Vaadin's own requests carry Vaadin's token; everything else, the sign-in form above all, needs
        // Spring's (Vaadin would exempt the login POST, which lets another site sign a browser in).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // Each sign-in knows its client's address and device, for the throttle. Naming our login page
        // here too keeps Spring from generating its own (this configurer is initialised before Vaadin's).
        http.formLogin(form -> form.loginPage("/" + LoginView.PATH)
                .authenticationDetailsSource(new SignInDetails.Source()));
        // After a failed sign-in the form shows the username again (LoginView reads it from the session).
        http.addFilterBefore(new LastUsernameFilter(), UsernamePasswordAuthenticationFilter.class);
        // Spring's defaults stay (nosniff, no-store, frame options); add what the browser should enforce.
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
            // Written before the request goes on: Vaadin sends some pages with a known length in one
            // write, and headers written "on commit" were then silently dropped.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        // An address that names no page is Vaadin's to answer ("Not found", in the layout) for anyone
        // signed in, rather than a bare 403 from Vaadin's default deny-all.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * Our manager alone, with no parent, so a throttled sign-in cannot fall through to another
     * provider; being a bean, it also stops Spring Boot from adding its generated default user.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountService accounts, PasswordEncoder passwordEncoder,
                                                SignInThrottle throttle, KnownDevices devices) {
        var passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, devices, accounts));
    }

    /** bcrypt today, with the algorithm named in each hash so stronger ones can follow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
