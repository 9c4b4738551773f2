package dev.switchboard.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.switchboard.adapter.persistence.support.JdbcTransactionRunner;
import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.CallEventPublisherContractTest;
import dev.switchboard.domain.event.CallEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link InProcessCallEvents} keeps the {@link CallEventPublisherContractTest publisher contract} with the
 * application's real {@link JdbcTransactionRunner} on H2: events wait for the commit, and a rollback drops them.
 * The publisher is a fresh instance, so the contract's events never reach the running application's subscribers;
 * the context is the one {@link RestClientSupport} starts (same annotations, so the cache hits).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class InProcessCallEventsContractTest extends CallEventPublisherContractTest {

    @Autowired
    TransactionRunner applicationTransactions;

    @Autowired
    LiveEvents applicationLiveEvents;

    private InProcessCallEvents events;
    private final List<CallEvent> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenToAFreshPublisher() {
        events = new InProcessCallEvents();
        events.listen(delivered::add);
    }

    @Override
    protected CallEventPublisher publisher() {
        return events;
    }

    @Override
    protected TransactionRunner transactions() {
        return applicationTransactions;
    }

    @Override
    protected List<CallEvent> delivered() {
        return delivered;
    }

    @Test
    void the_runner_is_the_jdbc_one_the_application_wires() {
        assertThat(applicationTransactions).isInstanceOf(JdbcTransactionRunner.class);
    }

    @Test
    void the_application_on_h2_uses_the_in_process_live_events() {
        assertThat(applicationLiveEvents.transport()).isEqualTo("in-process");
        assertThat(applicationLiveEvents.source()).isInstanceOf(InProcessCallEvents.class)
                .isSameAs(applicationLiveEvents.publisher());
    }
}
