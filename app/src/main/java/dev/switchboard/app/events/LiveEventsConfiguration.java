package dev.switchboard.app.events;

import dev.switchboard.adapter.persistence.event.PostgresCallEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Picks the transport of live events (GraphQL subscriptions) from the database the application runs on:
 * <ul>
 *   <li>on PostgreSQL, {@link PostgresCallEvents}: {@code LISTEN}/{@code NOTIFY}, so that a subscriber on one
 *   instance hears what a request to any other instance on the same database changed;</li>
 *   <li>on anything else (the embedded H2, which one process owns), {@link InProcessCallEvents}, delivered after the
 *   commit within this process.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class LiveEventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LiveEventsConfiguration.class);

    @Bean
    LiveEvents liveEvents(DataSource dataSource, PlatformTransactionManager transactionManager) {
        if (PostgresCallEvents.canRunOn(dataSource)) {
            PostgresCallEvents events = PostgresCallEvents.start(dataSource, transactionManager,
                    PostgresCallEvents.Settings.defaults());
            log.info("Live events: LISTEN/NOTIFY on channel {}, shared by every instance on this database",
                    events.channel());
            return new LiveEvents("postgres", events, events, events);
        }
        InProcessCallEvents events = new InProcessCallEvents();
        return new LiveEvents("in-process", events, events, () -> { });
    }
}
