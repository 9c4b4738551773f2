package dev.switchboard.adapter.graphql.support;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The GraphQL adapter's one way into the core. Use cases block (JDBC), so every call leaves the Netty event loop
 * for Reactor's bounded elastic scheduler here, and nothing else in the adapter thinks about threads.
 *
 * <p>A use case that has started runs to its end even when the client goes away: {@code subscribeOn} would
 * interrupt its thread, and an interrupt inside JDBC can break a connection mid-transaction or (embedded H2) close
 * the database file for every later request.
 */
public final class Blocking {

    private static final Scheduler SCHEDULER = Schedulers.boundedElastic();
    /** Hands a task to the scheduler and never cancels it, so the thread running it is never interrupted. */
    private static final Executor UNINTERRUPTED = task -> SCHEDULER.schedule(task);

    private Blocking() {
    }

    /** Runs {@code useCase} off the event loop; its result, or its {@code DomainException}, arrives on the Mono. */
    public static <T> Mono<T> call(Supplier<T> useCase) {
        return Mono.fromFuture(() -> CompletableFuture.supplyAsync(useCase, UNINTERRUPTED), true);
    }
}
