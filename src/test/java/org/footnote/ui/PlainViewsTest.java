package org.footnote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

/**
 * Views and the layout are the components themselves, not Spring proxies around them: a proxy per
 * view doubled the objects each session holds and put a security interceptor on every call Vaadin
 * makes into the view. Access to views is checked by Vaadin's own checker, from the same annotations.
 */
class PlainViewsTest extends KaribuTest {

    @Test
    void theRouteTargetsOfAPageAreNotProxied() {
        login(newStudent());
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveRouterTargetsChain()).isNotEmpty()
                .allSatisfy(target -> assertThat(AopUtils.isAopProxy(target)).as(target.getClass().getName()).isFalse());
    }
}
