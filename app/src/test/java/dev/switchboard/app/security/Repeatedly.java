package dev.switchboard.app.security;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A live subscription has no acknowledgement to wait for, so a test that needs it to hear something causes that
 * thing again every 200 ms until it is heard (for at most 20 seconds).
 */
final class Repeatedly {

    private Repeatedly() {
    }

    static void causeUntil(Runnable cause, BooleanSupplier heard) {
        Disposable causing = Flux.interval(Duration.ofMillis(200)).onBackpressureDrop()
                .concatMap(i -> Mono.fromRunnable(cause).subscribeOn(Schedulers.boundedElastic()))
                .subscribe();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(heard::getAsBoolean);
        } finally {
            causing.dispose();
        }
    }
}
