package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.port.out.TransactionRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The persistence adapter in a Spring Boot application: each outbound port as a bean, over Boot's auto-configured
 * {@link DataSource} and its transaction manager, so that the {@link TransactionRunner} and anything else that uses
 * Spring transactions on that data source share one transaction. Boot's Flyway support migrates the schema from
 * {@code db/migration} before these beans are used.
 *
 * <p>{@code switchboard.persistence.statement-timeout} bounds each statement (default {@code 30s}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersistenceProperties.class)
public class PersistenceConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    JdbcPersistence jdbcPersistence(DataSource dataSource, PlatformTransactionManager transactionManager,
                                    PersistenceProperties properties) {
        return JdbcPersistence.over(dataSource, transactionManager, properties.statementTimeout());
    }

    @Bean
    CallRepository callRepository(JdbcPersistence persistence) {
        return persistence.calls();
    }

    @Bean
    ParticipantRepository participantRepository(JdbcPersistence persistence) {
        return persistence.participants();
    }

    @Bean
    RosterSequence rosterSequence(JdbcPersistence persistence) {
        return persistence.rosterSequence();
    }

    @Bean
    OperationRepository operationRepository(JdbcPersistence persistence) {
        return persistence.operations();
    }

    @Bean
    CallRecordRepository callRecordRepository(JdbcPersistence persistence) {
        return persistence.callRecords();
    }

    @Bean
    CallRecordSearch callRecordSearch(JdbcPersistence persistence) {
        return persistence.callRecordSearch();
    }

    @Bean
    LifecycleTimers lifecycleTimers(JdbcPersistence persistence) {
        return persistence.timers();
    }

    @Bean
    JdbcNotificationOutbox notificationOutbox(JdbcPersistence persistence) {
        return persistence.notificationOutbox();
    }

    @Bean
    CallbackDeliveryLog callbackDeliveryLog(JdbcPersistence persistence) {
        return persistence.callbackDeliveries();
    }

    @Bean
    SubscriptionRepository subscriptionRepository(JdbcPersistence persistence) {
        return persistence.subscriptions();
    }

    @Bean
    TransactionRunner transactionRunner(JdbcPersistence persistence) {
        return persistence.transactions();
    }
}
