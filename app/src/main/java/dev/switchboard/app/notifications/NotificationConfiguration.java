package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.app.events.LiveEvents;
import dev.switchboard.app.lifecycle.PeriodicJob;
import dev.switchboard.app.security.LocalIssuer;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.port.out.TransactionRunner;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/** Callback notifications: the outbox-writing event publisher the core gets, and the dispatcher that delivers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    @Bean
    OutboxCallEventPublisher outboxCallEventPublisher(LiveEvents live, JdbcNotificationOutbox outbox,
                                                      CallRepository calls, SubscriptionRepository subscriptions,
                                                      IdGenerator ids, Clock clock) {
        return new OutboxCallEventPublisher(live.publisher(), outbox, calls, subscriptions, ids, clock);
    }

    /** Graph gives a receiver 10 seconds to echo the validation token. */
    @Bean
    HttpSubscriptionValidator subscriptionValidator() {
        return new HttpSubscriptionValidator(Duration.ofSeconds(10));
    }

    @Bean
    @ConditionalOnProperty(name = "switchboard.notifications.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicJob notificationDelivery(JdbcNotificationOutbox outbox, NotificationProperties properties, Clock clock,
                                     CallbackDeliveryLog history, TransactionRunner transactions,
                                     MeterRegistry meters,
                                     ObjectProvider<LocalIssuer> localIssuer) {
        // callbacks are signed by the local issuer when it is on; production signing is not built yet (lifecycle.md)
        CallbackTokens tokens = localIssuer.stream().findFirst()
                .map(issuer -> CallbackTokens.signedBy(issuer, clock)).orElse(CallbackTokens.none());
        NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, properties, clock, tokens, history,
                transactions, meters);
        return PeriodicJob.stoppable("notifications", properties.pollInterval(), properties.batchSize(),
                dispatcher::deliverDue);
    }
}
