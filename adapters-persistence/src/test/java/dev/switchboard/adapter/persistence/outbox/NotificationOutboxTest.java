package dev.switchboard.adapter.persistence.outbox;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.application.testing.fixtures.Ids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox hands out each call's notifications one at a time, in order, under a lease. The database is shared
 * with other tests, so each test uses a tenant of its own and a moment far in the past, and looks only at its rows.
 */
abstract class NotificationOutboxTest {

    abstract JdbcPersistence persistence();

    private static final Duration LEASE = Duration.ofSeconds(30);

    private String tenant;
    private Instant now;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        tenant = Ids.random();
        now = Instant.parse("2026-11-25T09:30:15.123456Z");
    }

    private JdbcNotificationOutbox outbox() {
        return persistence().notificationOutbox();
    }

    @Test
    void only_the_earliest_message_of_a_call_is_handed_out_and_the_next_one_after_it_is_removed() {
        String call = Ids.random();
        inTransaction(() -> {
            outbox().append(tenant, "n1", call, "https://bot/cb", "{\"n\":1}", now);
            outbox().append(tenant, "n2", call, "https://bot/cb", "{\"n\":2}", now);
        });

        List<OutboxMessage> first = mine(outbox().claimDue(now, LEASE, 1000));
        assertThat(first).extracting(OutboxMessage::id).containsExactly("n1");
        assertThat(mine(outbox().claimDue(now, LEASE, 1000))).isEmpty();

        outbox().remove(first.get(0));

        assertThat(mine(outbox().claimDue(now, LEASE, 1000))).extracting(OutboxMessage::id).containsExactly("n2");
    }

    @Test
    void calls_do_not_wait_for_each_other() {
        inTransaction(() -> {
            outbox().append(tenant, "a1", "call-a", "https://bot/cb", "{}", now);
            outbox().append(tenant, "b1", "call-b", "https://bot/cb", "{}", now);
        });

        assertThat(mine(outbox().claimDue(now, LEASE, 1000))).extracting(OutboxMessage::id)
                .containsExactly("a1", "b1");
    }

    @Test
    void a_run_is_the_head_and_the_messages_behind_it_and_holding_the_head_holds_the_whole_queue() {
        String call = Ids.random();
        inTransaction(() -> {
            for (int n = 1; n <= 4; n++) {
                outbox().append(tenant, "n" + n, call, "https://bot/cb", "{}", now);
            }
        });

        List<OutboxRun> runs = mineRuns(outbox().claimDueRuns(now, LEASE, 1000, 3));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).messages()).extracting(OutboxMessage::id).containsExactly("n1", "n2", "n3");
        assertThat(mineRuns(outbox().claimDueRuns(now, LEASE, 1000, 3))).as("the queue is held").isEmpty();

        outbox().removeAll(runs.get(0).messages().subList(0, 2));

        assertThat(mineRuns(outbox().claimDueRuns(now, LEASE, 1000, 3))).singleElement()
                .extracting(run -> run.messages().stream().map(OutboxMessage::id).toList())
                .isEqualTo(List.of("n3", "n4"));
    }

    @Test
    void a_message_to_retry_waits_for_its_time_counts_the_attempt_and_keeps_its_id_and_place() {
        String call = Ids.random();
        inTransaction(() -> {
            outbox().append(tenant, "n1", call, "https://bot/cb", "{}", now);
            outbox().append(tenant, "n2", call, "https://bot/cb", "{}", now);
        });
        OutboxMessage claimed = mine(outbox().claimDue(now, LEASE, 1000)).get(0);

        outbox().retryAt(claimed, now.plusSeconds(5));

        assertThat(mine(outbox().claimDue(now.plusSeconds(4), LEASE, 1000))).isEmpty();
        List<OutboxMessage> again = mine(outbox().claimDue(now.plusSeconds(5), LEASE, 1000));
        assertThat(again).extracting(OutboxMessage::id, OutboxMessage::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n1", 1));
    }

    @Test
    void a_lease_that_ran_out_hands_the_message_out_again() {
        inTransaction(() -> outbox().append(tenant, "n1", Ids.random(), "https://bot/cb", "{}", now));
        assertThat(mine(outbox().claimDue(now, LEASE, 1000))).hasSize(1);

        assertThat(mine(outbox().claimDue(now.plus(LEASE).minusSeconds(1), LEASE, 1000))).isEmpty();
        assertThat(mine(outbox().claimDue(now.plus(LEASE).plusSeconds(1), LEASE, 1000))).hasSize(1);
    }

    @Test
    void a_released_message_is_handed_out_again_at_once_without_an_attempt_counted() {
        outbox().append(tenant, "r1", "call-r", "https://bot/cb", "{}", now);
        OutboxMessage claimed = mine(outbox().claimDue(now, LEASE, 1000)).get(0);

        outbox().release(claimed);

        List<OutboxMessage> again = mine(outbox().claimDue(now, LEASE, 1000));
        assertThat(again).extracting(OutboxMessage::id).containsExactly("r1");
        assertThat(again.get(0).attempts()).isZero();
    }

    @Test
    void a_message_written_in_a_transaction_that_rolls_back_is_never_there() {
        assertThatThrownBy(() -> persistence().transactions().inTransaction(() -> {
            outbox().append(tenant, "n1", Ids.random(), "https://bot/cb", "{}", now);
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(mine(outbox().claimDue(now, LEASE, 1000))).isEmpty();
    }

    private List<OutboxMessage> mine(List<OutboxMessage> claimed) {
        return claimed.stream().filter(message -> message.tenantId().equals(tenant)).toList();
    }

    private List<OutboxRun> mineRuns(List<OutboxRun> claimed) {
        return claimed.stream().filter(run -> run.head().tenantId().equals(tenant)).toList();
    }

    private void inTransaction(Runnable work) {
        persistence().transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
