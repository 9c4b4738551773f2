package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.fixtures.CallEvents;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.event.CallEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link CallEventPublisher} promises, with the {@link TransactionRunner} of its family: an event is
 * delivered once its transaction commits (at once when published outside one), in the order published, exactly once,
 * as it was published; an event of a transaction that rolls back is never delivered. Nobody hears of an event before
 * its transaction commits.
 *
 * <p>Delivery may lag behind the commit (an outbox relay): the tests wait for what must arrive, and prove that
 * something never arrives by publishing a marker after it and waiting for the marker.
 */
public abstract class CallEventPublisherContractTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** The adapter under test. */
    protected abstract CallEventPublisher publisher();

    /** The runner whose transactions the publisher takes part in. */
    protected abstract TransactionRunner transactions();

    /**
     * Every event delivered so far, in delivery order, to anyone (tests look only at their own tenant's). Must be
     * callable from any thread, also while another thread's transaction is running.
     */
    protected abstract List<CallEvent> delivered();

    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        resetState();
        tenant = Tenants.random();
    }

    @Test
    void an_event_published_outside_a_transaction_is_delivered() {
        CallEvent event = CallEvents.aCallStateChange(tenant);

        publisher().publish(event);

        assertThat(awaitDelivered(1)).containsExactly(event);
    }

    @Test
    void events_published_in_a_transaction_are_delivered_in_order_once_it_commits() {
        List<CallEvent> events = CallEvents.oneOfEachKind(tenant);

        transactions().inTransaction(() -> {
            events.forEach(publisher()::publish);
            return null;
        });

        assertThat(awaitDelivered(events.size())).containsExactlyElementsOf(events);
    }

    @Test
    void every_kind_of_event_is_delivered_exactly_as_published() {
        List<CallEvent> events = CallEvents.oneOfEachKind(tenant);

        events.forEach(publisher()::publish);

        Expect.sameInEveryField(awaitDelivered(events.size()), events);
    }

    @Test
    void nobody_hears_of_an_event_before_its_transaction_commits() {
        CallEvent event = CallEvents.aCallStateChange(tenant);

        List<CallEvent> seenMeanwhile = transactions().inTransaction(() -> {
            publisher().publish(event);
            return fromAnotherThread(this::deliveredToTenant);
        });

        assertThat(seenMeanwhile).isEmpty();
        assertThat(awaitDelivered(1)).containsExactly(event);
    }

    @Test
    void events_of_a_rolled_back_transaction_are_never_delivered() {
        CallEvent rolledBack = CallEvents.aCallStateChange(tenant);
        CallEvent marker = CallEvents.aCallStateChange(tenant);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            publisher().publish(rolledBack);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        publisher().publish(marker);

        assertThat(awaitDelivered(1)).containsExactly(marker);
    }

    @Test
    void events_of_a_nested_transaction_are_dropped_when_the_outer_one_fails() {
        CallEvent inner = CallEvents.aCallStateChange(tenant);
        CallEvent marker = CallEvents.aCallStateChange(tenant);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().inTransaction(() -> {
                publisher().publish(inner);
                return null;
            });
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        publisher().publish(marker);

        assertThat(awaitDelivered(1)).containsExactly(marker);
    }

    @Test
    void committed_and_rolled_back_transactions_interleaved_deliver_exactly_the_committed_events() {
        List<CallEvent> committed = List.of(CallEvents.aCallStateChange(tenant), CallEvents.aCallStateChange(tenant));

        publishIn(committed.get(0), true);
        publishIn(CallEvents.aCallStateChange(tenant), false);
        publishIn(committed.get(1), true);
        publishIn(CallEvents.aCallStateChange(tenant), false);

        assertThat(awaitDelivered(2)).containsExactlyElementsOf(committed);
    }

    @Test
    void another_tenant_s_events_stay_with_that_tenant() {
        TenantId other = Tenants.random();
        CallEvent mine = CallEvents.aCallStateChange(tenant);
        CallEvent theirs = CallEvents.aCallStateChange(other);

        publisher().publish(theirs);
        publisher().publish(mine);

        assertThat(awaitDelivered(1)).containsExactly(mine);
        assertThat(delivered()).filteredOn(event -> event.tenantId().equals(other)).containsExactly(theirs);
    }

    // ---- helpers

    private void publishIn(CallEvent event, boolean commit) {
        try {
            transactions().inTransaction(() -> {
                publisher().publish(event);
                if (!commit) {
                    throw new IllegalStateException("rolled back on purpose");
                }
                return null;
            });
        } catch (IllegalStateException expected) {
            // rolled back on purpose
        }
    }

    private List<CallEvent> deliveredToTenant() {
        return delivered().stream().filter(event -> event.tenantId().equals(tenant)).toList();
    }

    /**
     * Waits until the test's tenant has at least {@code count} events delivered and returns them all. Delivery keeps
     * publishing order, so once a marker published last has arrived, anything that was going to arrive before it has.
     */
    private List<CallEvent> awaitDelivered(int count) {
        await("events delivered to the tenant").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> deliveredToTenant().size() >= count);
        return deliveredToTenant();
    }

    private static <T> T fromAnotherThread(Supplier<T> look) {
        try {
            return CompletableFuture.supplyAsync(look).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not look from another thread", e);
        }
    }
}
