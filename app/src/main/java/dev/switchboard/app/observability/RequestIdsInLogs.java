package dev.switchboard.app.observability;

import dev.switchboard.adapter.rest.support.RequestIds;
import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;

/**
 * Puts the REST adapter's {@code request-id} and {@code client-request-id} into every log line written while a
 * request is handled, on whatever thread that happens (a Netty event loop, the bounded elastic scheduler the use cases
 * run on). The adapter keeps the ids in Reactor's context; with Reactor's automatic context propagation on
 * ({@code spring.reactor.context-propagation=auto}), the accessors registered here copy them into the MDC around
 * every signal and remove them afterwards, so no thread keeps a finished request's ids.
 */
final class RequestIdsInLogs {

    private RequestIdsInLogs() {
    }

    /** Registers the two accessors with the global registry (registering again replaces them). */
    static void register() {
        register(RequestIds.REQUEST_ID);
        register(RequestIds.CLIENT_REQUEST_ID);
    }

    private static void register(String key) {
        ContextRegistry.getInstance().registerThreadLocalAccessor(key,
                () -> MDC.get(key), (String value) -> MDC.put(key, value), () -> MDC.remove(key));
    }
}
