package org.footnote.quiz;

import org.footnote.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@link TwoInstancesAtOnce} on H2, where one instance's sweep and its requests meet in the same way. */
class TwoInstancesOnH2Test extends SpringTest implements TwoInstancesAtOnce {

    @Autowired
    ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
