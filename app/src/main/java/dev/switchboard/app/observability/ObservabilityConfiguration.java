package dev.switchboard.app.observability;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

/**
 * Logs and metrics that are not Boot's own: the request ids in the MDC, a debug line per request, and (wired where
 * their subjects are built) the operation and notification counters. Boot adds the per-endpoint HTTP timers
 * ({@code http.server.requests}) and serves everything at {@code /actuator/prometheus}, which needs a token like every
 * route but health.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    ObservabilityConfiguration() {
        // before the server takes its first request
        RequestIdsInLogs.register();
    }

    @Bean
    WebFilter requestLog() {
        return new RequestLog();
    }
}
