package org.footnote.account.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.footnote.shared.ServerTimings;
import org.footnote.support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The operations endpoints: health for any load balancer, the server's timings for instructors only. */
class OperationsEndpointsTest extends SpringTest {

    @Autowired
    WebApplicationContext web;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void healthSaysUpToAnyoneAndNothingMore() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist()).andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void metricsAskStrangersToSignIn() throws Exception {
        mvc.perform(get("/actuator/metrics/" + ServerTimings.ANSWER)).andExpect(status().is3xxRedirection());
    }

    @Test
    void studentsMayNotReadMetrics() throws Exception {
        mvc.perform(get("/actuator/metrics/" + ServerTimings.ANSWER).with(user("pupil").roles("STUDENT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void instructorsReadTheServersTimings() throws Exception {
        for (String timer : new String[] {ServerTimings.ANSWER, ServerTimings.CARD_RATING, ServerTimings.NEXT_QUESTION,
                ServerTimings.NEXT_CARD}) {
            mvc.perform(get("/actuator/metrics/" + timer).with(user("teacher").roles("INSTRUCTOR")))
                    .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("COUNT")));
        }
        mvc.perform(get("/actuator/metrics/" + ServerTimings.ANSWER + ".percentile").with(user("teacher").roles("INSTRUCTOR")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("0.95")));
    }
}
