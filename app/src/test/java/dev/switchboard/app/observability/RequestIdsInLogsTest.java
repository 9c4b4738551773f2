package dev.switchboard.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

/** The request ids reach the MDC on the threads a request's work moves to, and leave with the request. */
class RequestIdsInLogsTest {

    /**
     * As the application does ({@code spring.reactor.context-propagation=auto}). The hook is global and left on: the
     * application contexts that share this test JVM rely on it.
     */
    @BeforeAll
    static void propagateAsTheApplicationDoes() {
        RequestIdsInLogs.register();
        Hooks.enableAutomaticContextPropagation();
    }

    @Test
    void use_case_work_on_the_bounded_elastic_scheduler_sees_the_ids_of_its_request() {
        String[] seen = Mono.fromCallable(() -> new String[] {
                        Thread.currentThread().getName(), MDC.get("request-id"), MDC.get("client-request-id")})
                .subscribeOn(Schedulers.boundedElastic())
                .contextWrite(Context.of("request-id", "r-1", "client-request-id", "c-1"))
                .block();

        assertThat(seen[0]).startsWith("boundedElastic");
        assertThat(seen[1]).isEqualTo("r-1");
        assertThat(seen[2]).isEqualTo("c-1");
    }

    @Test
    void a_thread_does_not_keep_the_ids_of_a_finished_request() {
        Mono.fromCallable(() -> MDC.get("request-id")).subscribeOn(Schedulers.single())
                .contextWrite(Context.of("request-id", "r-2")).block();

        String afterwards = Mono.fromCallable(() -> String.valueOf(MDC.get("request-id")))
                .subscribeOn(Schedulers.single()).block();

        assertThat(afterwards).isEqualTo("null");
        assertThat(MDC.get("request-id")).as("nor does the caller's thread").isNull();
    }
}
