package dev.switchboard.adapter.rest.support;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one place where the REST adapter thinks about threads: every use-case call may block (JDBC), so it runs on
 * Reactor's bounded elastic scheduler and never on a Netty event loop.
 *
 * <p>Work that has started runs to its end even when the client hangs up. {@code subscribeOn} would interrupt the
 * thread instead, and an interrupt inside JDBC can break a connection mid-transaction, or (embedded H2) close the
 * database file for every later request. A use case is short, and finishing it leaves the data as it would be had
 * the client waited.
 */
public final class Blocking {

    private static final Scheduler SCHEDULER = Schedulers.boundedElastic();
    /** Hands a task to the scheduler and never cancels it, so the thread running it is never interrupted. */
    private static final Executor UNINTERRUPTED = task -> SCHEDULER.schedule(task);

    private Blocking() {
    }

    /** Runs {@code work} off the event loop; a {@code null} result completes the Mono empty. */
    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromFuture(() -> CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException unchanged) {
                throw unchanged;
            } catch (Exception checked) {
                throw new CompletionException(checked);
            }
        }, UNINTERRUPTED), true);
    }

    /** Runs {@code work} off the event loop for its effect alone. */
    public static Mono<Void> run(Runnable work) {
        return call(() -> {
            work.run();
            return null;
        }).then();
    }
}
