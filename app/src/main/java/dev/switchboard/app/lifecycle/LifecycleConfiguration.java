package dev.switchboard.app.lifecycle;

import dev.switchboard.application.port.in.callrecord.PurgeExpiredCallRecordsUseCase;
import dev.switchboard.application.port.in.lifecycle.RunDueLifecycleWorkUseCase;
import dev.switchboard.application.port.in.notification.PurgeCallbackHistoryUseCase;
import dev.switchboard.application.port.in.subscription.PurgeExpiredSubscriptionsUseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The background jobs that drive the core over time.
 *
 * <ul>
 *   <li>The lifecycle engine: {@code switchboard.lifecycle.poll-interval} (default {@code 200ms}) is how often it looks
 *   for due timers, {@code switchboard.lifecycle.batch-size} (default 100) how many it takes at a time, and
 *   {@code switchboard.lifecycle.scheduler.enabled=false} turns it off on an instance (timers are still set, and
 *   another instance or a later start runs them). When operations move on is
 *   {@code switchboard.lifecycle.operation-delay}, read by the core's settings.</li>
 *   <li>The retention purge of call records: every {@code switchboard.call-records.purge-interval} (default
 *   {@code 1h}), {@code switchboard.call-records.purge.enabled=false} to turn it off.</li>
 *   <li>The purge of expired change-notification subscriptions: every
 *   {@code switchboard.subscriptions.purge-interval} (default {@code 1h}),
 *   {@code switchboard.subscriptions.purge.enabled=false} to turn it off. An expired subscription already answers
 *   404 and gets no notifications; the purge only deletes its row.</li>
 *   <li>The purge of callback delivery history: every {@code switchboard.notifications.history-purge-interval}
 *   (default {@code 1h}) it deletes attempts older than {@code switchboard.notifications.history-retention} (default
 *   {@code 1d}); {@code switchboard.notifications.history-purge.enabled=false} turns it off.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class LifecycleConfiguration {

    @Bean
    @ConditionalOnProperty(name = "switchboard.lifecycle.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicJob lifecycleScheduler(RunDueLifecycleWorkUseCase work,
                                   @Value("${switchboard.lifecycle.poll-interval:200ms}") Duration interval,
                                   @Value("${switchboard.lifecycle.batch-size:100}") int batchSize) {
        return new PeriodicJob("lifecycle", interval, batchSize, () -> work.runDue(batchSize));
    }

    @Bean
    @ConditionalOnProperty(name = "switchboard.call-records.purge.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicJob callRecordPurge(PurgeExpiredCallRecordsUseCase purge,
                                @Value("${switchboard.call-records.purge-interval:1h}") Duration interval) {
        int batchSize = 500;
        return new PeriodicJob("call-record-purge", interval, batchSize, () -> purge.purgeExpired(batchSize));
    }

    @Bean
    @ConditionalOnProperty(name = "switchboard.subscriptions.purge.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicJob subscriptionPurge(PurgeExpiredSubscriptionsUseCase purge,
                                  @Value("${switchboard.subscriptions.purge-interval:1h}") Duration interval) {
        int batchSize = 500;
        return new PeriodicJob("subscription-purge", interval, batchSize, () -> purge.purgeExpired(batchSize));
    }

    @Bean
    @ConditionalOnProperty(name = "switchboard.notifications.history-purge.enabled", havingValue = "true",
            matchIfMissing = true)
    PeriodicJob callbackHistoryPurge(PurgeCallbackHistoryUseCase purge,
                                     @Value("${switchboard.notifications.history-purge-interval:1h}") Duration interval,
                                     @Value("${switchboard.notifications.history-retention:1d}") Duration retention) {
        int batchSize = 500;
        return new PeriodicJob("callback-history-purge", interval, batchSize,
                () -> purge.purgeOlderThan(retention, batchSize));
    }
}
