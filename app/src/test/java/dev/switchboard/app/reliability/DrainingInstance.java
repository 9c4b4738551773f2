package dev.switchboard.app.reliability;

import dev.switchboard.app.SwitchboardApplication;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;

/**
 * The process {@link GracefulShutdownTest} stops with SIGTERM: Switchboard with the given arguments, plus one thing
 * for the test, a filter that holds every request carrying {@value #HOLD} for that many milliseconds before it is
 * handled, so that requests are surely in flight when the signal comes. It prints {@code PORT <port>} once it serves
 * and {@code HELD <n>} as each held request arrives.
 */
public final class DrainingInstance {

    static final String HOLD = "x-test-hold-ms";

    private DrainingInstance() {
    }

    public static void main(String[] args) {
        AtomicInteger held = new AtomicInteger();
        WebFilter holding = (exchange, chain) -> {
            String millis = exchange.getRequest().getHeaders().getFirst(HOLD);
            if (millis == null) {
                return chain.filter(exchange);
            }
            System.out.println("HELD " + held.incrementAndGet());
            System.out.flush();
            return Mono.delay(Duration.ofMillis(Long.parseLong(millis))).then(chain.filter(exchange));
        };
        ApplicationContextInitializer<GenericApplicationContext> withTheFilter =
                context -> context.registerBean("holdingFilter", WebFilter.class, () -> holding);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SwitchboardApplication.class)
                .initializers(withTheFilter).run(args);
        System.out.println("PORT " + context.getEnvironment().getProperty("local.server.port"));
        System.out.flush();
    }
}
