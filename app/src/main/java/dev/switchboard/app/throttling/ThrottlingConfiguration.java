package dev.switchboard.app.throttling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Request limits per application and tenant (graph-api §7.5), on unless {@code switchboard.throttling.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThrottlingProperties.class)
public class ThrottlingConfiguration {

    /** Right after the security chain (-100), so the caller is known, and before anything reads the request. */
    @Bean
    @Order(-50)
    @ConditionalOnProperty(name = "switchboard.throttling.enabled", havingValue = "true", matchIfMissing = true)
    RequestThrottle requestThrottle(ThrottlingProperties limits) {
        return new RequestThrottle(limits, System::nanoTime);
    }
}
