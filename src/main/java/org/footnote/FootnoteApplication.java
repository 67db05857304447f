package org.footnote;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.web.csrf.CsrfToken;

/** Footnote: quizzes and flashcards where every answer shows the passage that proves it. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("footnote/footnote.css")
public class FootnoteApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FootnoteApplication.class, args);
    }

    /** The one source of "now", so that schedules, streaks and locks can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Footnote: practise history with the source of every answer.");
        settings.addFavIcon("icon", "footnote/favicon.svg", "any");
        // The user's light or dark choice, applied before the first paint.
        settings.addInlineWithContents(Inline.Position.PREPEND, org.footnote.ui.Appearance.BOOTSTRAP_SCRIPT,
                Inline.Wrapping.JAVASCRIPT);
        // The sign-in form posts Spring Security's CSRF token, which vaadin-login-form reads from these tags.
        if (settings.getRequest() != null
                && settings.getRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            settings.addMetaTag("_csrf", csrf.getToken());
            settings.addMetaTag("_csrf_parameter", csrf.getParameterName());
            settings.addMetaTag("_csrf_header", csrf.getHeaderName());
        }
    }
}
