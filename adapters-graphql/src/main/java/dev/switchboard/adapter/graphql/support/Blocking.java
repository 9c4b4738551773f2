package dev.switchboard.adapter.graphql.support;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.function.Supplier;

/**
 * The GraphQL adapter's one way into the core. Use cases block (JDBC), so every call leaves the Netty event loop
 * for Reactor's bounded elastic scheduler here, and nothing else in the adapter thinks about threads.
 */
public final class Blocking {

    private static final Scheduler SCHEDULER = Schedulers.boundedElastic();

    private Blocking() {
    }

    /** Runs {@code useCase} off the event loop; its result, or its {@code DomainException}, arrives on the Mono. */
    public static <T> Mono<T> call(Supplier<T> useCase) {
        return Mono.fromSupplier(useCase).subscribeOn(SCHEDULER);
    }
}
