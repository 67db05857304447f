package org.footnote.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done in a transaction on another thread, whose commit waits for {@link #commit()}: what one
 * app instance has done but not yet committed while a second instance acts. Its locks are held
 * meanwhile, as a slow instance would hold them.
 */
public final class HeldTransaction {

    private final CountDownLatch done = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> finished;

    private HeldTransaction(PlatformTransactionManager transactions, Runnable work) {
        finished = OtherThread.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            done.countDown();
            await(release);
        }));
    }

    /** Starts {@code work} and returns once it is done, its transaction still open. */
    public static HeldTransaction open(PlatformTransactionManager transactions, Runnable work) throws Exception {
        var held = new HeldTransaction(transactions, work);
        while (!held.done.await(10, TimeUnit.MILLISECONDS)) {
            if (held.finished.isDone()) {
                held.finished.get(); // the work failed: its exception fails the test
            }
        }
        return held;
    }

    /** Lets the transaction commit, and waits until it has. */
    public void commit() throws Exception {
        release.countDown();
        finished.get(30, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the held transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
