package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.app.events.InProcessCallEvents;
import dev.switchboard.app.lifecycle.PeriodicJob;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.IdGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Callback notifications: the outbox-writing event publisher the core gets, and the dispatcher that delivers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    @Bean
    OutboxCallEventPublisher outboxCallEventPublisher(InProcessCallEvents live, JdbcNotificationOutbox outbox,
                                                      CallRepository calls, IdGenerator ids, Clock clock) {
        return new OutboxCallEventPublisher(live, outbox, calls, ids, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "switchboard.notifications.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicJob notificationDelivery(JdbcNotificationOutbox outbox, NotificationProperties properties, Clock clock) {
        NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, properties, clock);
        return new PeriodicJob("notifications", properties.pollInterval(), properties.batchSize(),
                dispatcher::deliverDue);
    }
}
