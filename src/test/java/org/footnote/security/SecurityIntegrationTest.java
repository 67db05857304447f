package org.footnote.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.footnote.account.AccountService;
import org.footnote.support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in through the real Spring Security filter chain: success, failure, throttling. */
class SecurityIntegrationTest extends SpringTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    AccountService accounts;
    MockMvc mvc;
    String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.registerStudent("Security Tester", username, PASSWORD);
    }

    @Test
    void theRightPasswordSignsInAsAStudent() throws Exception {
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(username).withRoles("STUDENT"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void usernamesAreCaseInsensitiveAtSignIn() throws Exception {
        mvc.perform(formLogin("/login").user(username.toUpperCase()).password(PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(username));
    }

    @Test
    void aWrongPasswordIsRefusedAndSentBackToTheLoginView() throws Exception {
        mvc.perform(formLogin("/login").user(username).password("not the password"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaits() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess " + i));
        }
        MvcResult locked = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?error")).andReturn();
        Object failure = locked.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void pagesNeedSignIn() throws Exception {
        mvc.perform(get("/bank")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
