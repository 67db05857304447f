package org.footnote.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
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
    void aFailedSignInKeepsTheUsernameInTheSessionNotTheAddress() throws Exception {
        MvcResult failed = mvc.perform(formLogin("/login").user(username.toUpperCase()).password("not the password"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(failed.getRequest().getSession().getAttribute(LastUsernameFilter.ATTRIBUTE)).isEqualTo(username);
    }

    @Test
    void afterFiveFailuresFromOneAddressEvenTheRightPasswordWaitsThereButNotElsewhere() throws Exception {
        String guesser = address();
        for (int i = 0; i < ThrottlePolicy.ADDRESS_AND_ACCOUNT.free(); i++) {
            mvc.perform(signIn(username, "guess " + i, guesser));
        }
        MvcResult locked = mvc.perform(signIn(username, PASSWORD, guesser))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?error")).andReturn();
        Object failure = locked.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure).isInstanceOf(LoginThrottledException.class);
        // The account's owner, elsewhere, is not locked out by someone else's guesses.
        mvc.perform(signIn(username, PASSWORD, address()))
                .andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    @Test
    void onePasswordSprayedOverManyAccountsFromOneAddressIsStopped() throws Exception {
        String sprayer = address();
        for (int i = 0; i < ThrottlePolicy.ADDRESS.free(); i++) {
            mvc.perform(signIn("nobody-" + i + "-" + username, "Summer2026!", sprayer));
        }
        mvc.perform(signIn(username, PASSWORD, sprayer))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
    }

    @Test
    void anAccountGuessedFromManyAddressesLocksButItsOwnersKnownDeviceGetsIn() throws Exception {
        Cookie device = mvc.perform(signIn(username, PASSWORD, address()))
                .andExpect(SecurityMockMvcResultMatchers.authenticated()).andReturn().getResponse()
                .getCookie(KnownDevices.COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        for (int i = 0; i < ThrottlePolicy.ACCOUNT.free(); i++) {
            mvc.perform(signIn(username, "guess " + i, address()));
        }
        mvc.perform(signIn(username, PASSWORD, address()))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(signIn(username, PASSWORD, address()).cookie(device))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(username));
    }

    @Test
    void aSignInPostedWithoutTheFormsCsrfTokenSignsNobodyIn() throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
    }

    private static int next = 1;

    /** A client address of its own, so that tests do not share throttles. */
    private static synchronized String address() {
        return "10.9." + (next / 250) + "." + (next++ % 250 + 1);
    }

    /** The sign-in form's post, with its CSRF token, from {@code address}. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String user,
                                                                                                   String password,
                                                                                                   String address) {
        return post("/login").param("username", user).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from(address));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void pagesNeedSignIn() throws Exception {
        mvc.perform(get("/bank")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
