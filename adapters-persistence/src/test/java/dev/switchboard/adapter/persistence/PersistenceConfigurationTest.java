package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;

import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a Spring Boot application the adapter's ports are beans over Boot's own data source, migrated by Boot's Flyway
 * support at start-up, and they share Boot's transactions: the runner's, and any other code's.
 */
class PersistenceConfigurationTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    FlywayAutoConfiguration.class))
            .withUserConfiguration(PersistenceConfiguration.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:boot-" + UUID.randomUUID() + TestDatabases.H2_MODE
                    + ";DB_CLOSE_DELAY=-1");

    @Test
    void every_outbound_port_of_the_adapter_is_a_bean_over_the_migrated_database() {
        application.run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(CallRepository.class).hasSingleBean(ParticipantRepository.class)
                    .hasSingleBean(RosterSequence.class).hasSingleBean(OperationRepository.class)
                    .hasSingleBean(CallRecordRepository.class).hasSingleBean(CallRecordSearch.class)
                    .hasSingleBean(TransactionRunner.class);
            Call call = context.getBean(CallRepository.class).insert(aCall().tenant(Tenants.random()).build());

            assertThat(context.getBean(CallRepository.class).find(call.tenantId(), call.id())).contains(call);
        });
    }

    @Test
    void the_statement_timeout_is_a_setting_with_a_bounded_default() {
        application.run(context -> assertThat(context.getBean(PersistenceProperties.class).statementTimeout())
                .isEqualTo(Duration.ofSeconds(30)));
        application.withPropertyValues("switchboard.persistence.statement-timeout=5s")
                .run(context -> assertThat(context.getBean(PersistenceProperties.class).statementTimeout())
                        .isEqualTo(Duration.ofSeconds(5)));
    }

    @Test
    void the_runner_s_transactions_are_boot_s_with_synchronization_for_after_commit_work() {
        application.run(context -> {
            Boolean synchronizedTransaction = context.getBean(TransactionRunner.class).inTransaction(() ->
                    TransactionSynchronizationManager.isActualTransactionActive()
                            && TransactionSynchronizationManager.isSynchronizationActive());

            assertThat(synchronizedTransaction).isTrue();
        });
    }

    @Test
    void a_repository_joins_a_transaction_that_other_code_began_with_boot_s_transaction_manager() {
        application.run(context -> {
            CallRepository calls = context.getBean(CallRepository.class);
            Call call = aCall().tenant(Tenants.random()).build();

            new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
                calls.insert(call);
                status.setRollbackOnly();
            });

            assertThat(calls.find(call.tenantId(), call.id())).isEmpty();
        });
    }
}
