package dev.switchboard.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.support.Blocking;
import dev.switchboard.application.port.in.call.KeepAliveUseCase;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The guard the test application puts around every use case, and the helper that keeps use cases off the event loop. */
class BlockingTest {

    private final KeepAliveUseCase guarded = RestTestApplication.offTheEventLoop(KeepAliveUseCase.class, command -> null);

    @Test
    void the_guard_refuses_a_use_case_call_on_a_non_blocking_thread() {
        Mono<Object> onTheEventLoop = Mono.fromCallable(() -> (Object) guarded.keepAlive(null)).subscribeOn(Schedulers.parallel());

        StepVerifier.create(onTheEventLoop)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("KeepAliveUseCase.keepAlive called on the event loop"))
                .verify();
    }

    @Test
    void blocking_moves_the_call_to_a_thread_where_blocking_is_allowed() {
        Mono<String> offloaded = Blocking.call(() -> {
            guarded.keepAlive(null);
            return Thread.currentThread().getName();
        }).subscribeOn(Schedulers.parallel());

        StepVerifier.create(offloaded)
                .assertNext(thread -> assertThat(thread).startsWith("boundedElastic"))
                .verifyComplete();
    }

    @Test
    void work_that_has_started_runs_to_its_end_uninterrupted_when_the_client_goes_away() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        Disposable request = Blocking.run(() -> {
            started.countDown();
            try {
                mayFinish.await();
                interrupted.complete(Thread.currentThread().isInterrupted());
            } catch (InterruptedException e) {
                interrupted.complete(true);
            }
        }).subscribe();

        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        request.dispose(); // what a client hanging up does to the request's subscription
        mayFinish.countDown();

        assertThat(interrupted.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void what_the_work_throws_arrives_on_the_mono_as_it_was_thrown() {
        IllegalArgumentException thrown = new IllegalArgumentException("no such call");

        StepVerifier.create(Blocking.call(() -> {
                    throw thrown;
                }))
                .expectErrorSatisfies(e -> assertThat(e).isSameAs(thrown))
                .verify();
    }
}
