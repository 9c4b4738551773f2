package dev.switchboard.adapter.graphql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.scheduler.Schedulers;

/**
 * Wraps the core's inbound ports for the tests: a call from a Netty event-loop thread fails (so every test also
 * proves that the adapter moves blocking work off the event loop), and every call is counted (so a test can prove
 * how many times a request reached the core).
 */
public final class PortCalls {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public <T> T guard(Class<T> port, T useCase) {
        InvocationHandler guard = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() != Object.class) {
                if (Schedulers.isInNonBlockingThread()) {
                    throw new IllegalStateException(port.getSimpleName() + "." + method.getName()
                            + " called on the event loop (" + Thread.currentThread().getName() + ")");
                }
                counts.computeIfAbsent(port.getSimpleName() + "." + method.getName(), key -> new AtomicInteger())
                        .incrementAndGet();
            }
            try {
                return method.invoke(useCase, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, guard));
    }

    /** How often {@code port.method} was called so far, e.g. {@code count("CallRecordQueries.get")}. */
    public int count(String portAndMethod) {
        AtomicInteger count = counts.get(portAndMethod);
        return count == null ? 0 : count.get();
    }
}
