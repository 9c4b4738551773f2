package dev.switchboard.adapter.rest.support;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one place where the REST adapter thinks about threads: every use-case call may block (JDBC), so it runs on
 * Reactor's bounded elastic scheduler and never on a Netty event loop.
 */
public final class Blocking {

    private Blocking() {
    }

    /** Runs {@code work} off the event loop; a {@code null} result completes the Mono empty. */
    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    /** Runs {@code work} off the event loop for its effect alone. */
    public static Mono<Void> run(Runnable work) {
        return Mono.<Void>fromRunnable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
