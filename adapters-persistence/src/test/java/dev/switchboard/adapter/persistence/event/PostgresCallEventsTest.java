package dev.switchboard.adapter.persistence.event;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.CallEventPublisherContractTest;
import dev.switchboard.application.testing.fixtures.CallEvents;
import dev.switchboard.application.testing.fixtures.CallRecords;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallRecordCreated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link PostgresCallEvents} keeps the {@link CallEventPublisherContractTest publisher contract} on PostgreSQL with
 * the adapter's own transactions: events arrive after the commit, in order, equal to what was published, and never
 * for a rollback. Beyond the contract: every instance on the database hears every event, an event too big for one
 * notification arrives whole, the listener comes back after losing its connection, and what is not an event on the
 * channel is skipped.
 */
@OnPostgres
class PostgresCallEventsTest extends CallEventPublisherContractTest {

    /** Quick retries, so that a test waits for a reconnect in milliseconds. */
    private static final PostgresCallEvents.Settings QUICK = new PostgresCallEvents.Settings(
            Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(1));
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<PostgresCallEvents> started = new ArrayList<>();
    private final List<CallEvent> delivered = new CopyOnWriteArrayList<>();
    private PostgresCallEvents events;
    private TenantId tenant;

    @BeforeEach
    void anInstanceListens() {
        events = listening(TestDatabases.postgres(), TestDatabases.postgres());
        events.listen(delivered::add);
        tenant = Tenants.random();
    }

    @AfterEach
    void theInstancesStop() {
        started.forEach(PostgresCallEvents::close);
    }

    @Override
    protected CallEventPublisher publisher() {
        return events;
    }

    @Override
    protected TransactionRunner transactions() {
        return TestDatabases.postgresPersistence().transactions();
    }

    @Override
    protected List<CallEvent> delivered() {
        return delivered;
    }

    @Test
    void every_instance_on_the_database_hears_every_committed_event_once() {
        List<CallEvent> heardByTheOther = new CopyOnWriteArrayList<>();
        listening(TestDatabases.postgres(), TestDatabases.postgres()).listen(heardByTheOther::add);
        List<CallEvent> published = CallEvents.oneOfEachKind(tenant);

        transactions().inTransaction(() -> {
            published.forEach(events::publish);
            return null;
        });

        assertThat(awaitOwn(delivered, published.size())).containsExactlyElementsOf(published);
        assertThat(awaitOwn(heardByTheOther, published.size())).containsExactlyElementsOf(published);
    }

    @Test
    void an_event_too_big_for_one_notification_arrives_whole_after_its_commit_and_never_after_a_rollback() {
        CallRecordCreated big = new CallRecordCreated(aRecordWithManySessions(tenant));
        CallRecordCreated rolledBack = new CallRecordCreated(aRecordWithManySessions(tenant));
        assertThat(CallEventJson.write(big).length()).as("the event needs several notifications")
                .isGreaterThan(3 * NotifyPayloads.PART_LENGTH);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            events.publish(rolledBack);
            throw new IllegalStateException("rolled back on purpose");
        })).isInstanceOf(IllegalStateException.class);
        transactions().inTransaction(() -> {
            events.publish(big);
            return null;
        });

        // equals of the records is deep; a field-by-field comparison of a record this big takes AssertJ seconds
        assertThat(awaitOwn(delivered, 1)).containsExactly(big);
    }

    @Test
    void the_listener_listens_again_after_its_connection_is_ended() {
        int before = events.listenerProcessId().orElseThrow();

        boolean ended = JdbcClient.create(TestDatabases.postgres()).sql("select pg_terminate_backend(?)")
                .param(before).query(Boolean.class).single();

        assertThat(ended).isTrue();
        await("listening on a new connection").atMost(PATIENCE)
                .until(() -> events.listenerProcessId().isPresent()
                        && events.listenerProcessId().getAsInt() != before);
        CallEvent afterwards = CallEvents.aCallStateChange(tenant);
        events.publish(afterwards);
        assertThat(awaitOwn(delivered, 1)).containsExactly(afterwards);
    }

    @Test
    void the_listener_keeps_trying_while_the_database_is_out_of_reach_and_then_listens() {
        AtomicInteger attempts = new AtomicInteger();
        DataSource outForThreeAttempts = new DelegatingDataSource(TestDatabases.postgres()) {
            @Override
            public Connection getConnection() throws SQLException {
                if (attempts.incrementAndGet() <= 3) {
                    throw new SQLException("Connection refused (on purpose)", "08001");
                }
                return super.getConnection();
            }
        };
        List<CallEvent> heard = new CopyOnWriteArrayList<>();

        PostgresCallEvents late = listening(TestDatabases.postgres(), outForThreeAttempts);
        late.listen(heard::add);
        CallEvent event = CallEvents.aCallStateChange(tenant);
        late.publish(event);

        assertThat(attempts.get()).isEqualTo(4);
        assertThat(awaitOwn(heard, 1)).containsExactly(event);
    }

    @Test
    void a_notification_on_the_channel_that_is_not_an_event_is_skipped() {
        OptionalInt listener = events.listenerProcessId();
        JdbcClient.create(TestDatabases.postgres()).sql("select pg_notify(?, ?)")
                .params(events.channel(), "hello from psql").query().listOfRows();
        JdbcClient.create(TestDatabases.postgres()).sql("select pg_notify(?, ?)")
                .params(events.channel(), "e:0:2:half an event").query().listOfRows();
        CallEvent marker = CallEvents.aCallStateChange(tenant);

        events.publish(marker);

        assertThat(awaitOwn(delivered, 1)).containsExactly(marker);
        assertThat(events.listenerProcessId()).as("the same connection listens on").isEqualTo(listener);
    }

    @Test
    void a_listener_that_fails_does_not_keep_the_event_from_the_others() {
        events.listen(event -> {
            throw new IllegalStateException("a failing subscriber");
        });
        List<CallEvent> later = new CopyOnWriteArrayList<>();
        events.listen(later::add);
        CallEvent event = CallEvents.aCallStateChange(tenant);

        events.publish(event);

        assertThat(awaitOwn(delivered, 1)).containsExactly(event);
        assertThat(awaitOwn(later, 1)).containsExactly(event);
    }

    @Test
    void an_instance_in_another_schema_of_the_database_hears_nothing_of_this_one() {
        String otherSchema = TestDatabases.POSTGRES_SCHEMA + "_other";
        JdbcClient admin = JdbcClient.create(TestDatabases.postgres());
        admin.sql("create schema if not exists " + otherSchema).update();
        try {
            String url = TestDatabases.postgresUrl();
            DataSource other = new DriverManagerDataSource(
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + otherSchema);
            PostgresCallEvents elsewhere = listening(other, other);
            List<CallEvent> heardElsewhere = new CopyOnWriteArrayList<>();
            elsewhere.listen(heardElsewhere::add);
            CallEvent here = CallEvents.aCallStateChange(tenant);
            CallEvent marker = CallEvents.aCallStateChange(tenant);

            events.publish(here);
            elsewhere.publish(marker);

            assertThat(elsewhere.channel()).isNotEqualTo(events.channel());
            assertThat(awaitOwn(heardElsewhere, 1)).containsExactly(marker);
            assertThat(awaitOwn(delivered, 1)).containsExactly(here);
        } finally {
            admin.sql("drop schema if exists " + otherSchema + " cascade").update();
        }
    }

    @Test
    void the_channel_is_named_after_the_schema_within_postgresql_s_63_bytes() {
        assertThat(PostgresCallEvents.channelFor("public")).isEqualTo("switchboard_events_public");
        String longName = "a_schema_whose_name_is_far_too_long_to_fit_after_the_prefix_ä";
        String longChannel = PostgresCallEvents.channelFor(longName);

        assertThat(longChannel.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(longChannel).startsWith("switchboard_events_")
                .isEqualTo(PostgresCallEvents.channelFor(longName))
                .isNotEqualTo(PostgresCallEvents.channelFor(longName + "2"));
        assertThat(events.channel()).isEqualTo("switchboard_events_" + TestDatabases.POSTGRES_SCHEMA);
    }

    // ---- helpers

    private PostgresCallEvents listening(DataSource dataSource, DataSource listenerConnections) {
        PostgresCallEvents instance = PostgresCallEvents.start(dataSource,
                new DataSourceTransactionManager(dataSource), listenerConnections, QUICK);
        started.add(instance);
        await("listening").atMost(PATIENCE).until(instance::isListening);
        return instance;
    }

    /** Waits for at least {@code count} events of the test's tenant in {@code heard}, and answers all of them. */
    private List<CallEvent> awaitOwn(List<CallEvent> heard, int count) {
        await("events of the tenant").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> own(heard).size() >= count);
        return own(heard);
    }

    private List<CallEvent> own(List<CallEvent> heard) {
        return heard.stream().filter(event -> event.tenantId().equals(tenant)).toList();
    }

    /** The fixture's record with its two sessions repeated under new ids: far more than 8000 bytes of JSON. */
    private static CallRecord aRecordWithManySessions(TenantId tenant) {
        CallRecord base = CallRecords.aCallRecord().tenant(tenant).build();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (Session s : base.sessions()) {
                sessions.add(new Session(s.id() + "-" + i, s.caller(), s.callee(), s.startDateTime(),
                        s.endDateTime(), s.modalities(), s.isTest(), s.failureInfo(), s.segments()));
            }
        }
        return CallRecords.aCallRecord().tenant(tenant).sessions(sessions).build();
    }
}
