package org.footnote.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work on a thread of its own, as a second app instance or request would run it. Not the common
 * pool: on a small machine that has one thread, and a task blocked on a lock would starve the other.
 */
public final class OtherThread {

    private OtherThread() {
    }

    public static <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> Thread.ofPlatform().daemon().start(task));
    }

    public static CompletableFuture<Void> run(Runnable work) {
        return supply(() -> {
            work.run();
            return null;
        });
    }

    /** The value, or the work's own exception (not wrapped), so that a test failure names it. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
