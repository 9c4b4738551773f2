package dev.switchboard.adapter.persistence.bench;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordSearch.Position;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.participant.Participant;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static dev.switchboard.application.testing.fixtures.Times.T0;

/**
 * Does a deep page cost what the first does? Fills one call with 100,000 participants and one tenant with 61,000
 * call records, through the repositories, then times page 1, 500 and 1000 of each list as the core reads them
 * (101 participants for a page of 100, 61 records for a page of 60). Not a test: run it by hand, on H2 or on the
 * PostgreSQL of {@code SWITCHBOARD_TEST_POSTGRES_URL}, and copy its table into {@code bench/RESULTS.md}:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl adapters-persistence test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.switchboard.adapter.persistence.bench.PagingBench -Dexec.args=postgres
 * }</pre>
 */
public final class PagingBench {

    private static final int PARTICIPANTS = 100_000;
    private static final int RECORDS = 61_000;
    private static final int ROSTER_PAGE = 100;
    private static final int RECORD_PAGE = 60;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 300;

    public static void main(String[] args) {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        JdbcPersistence persistence = postgres ? TestDatabases.postgresPersistence() : TestDatabases.h2Persistence();
        DataSource dataSource = postgres ? TestDatabases.postgres() : TestDatabases.h2();
        TenantId tenant = Tenants.random();
        System.out.printf("database: %s%n", postgres ? TestDatabases.postgresUrl() : "H2 in memory");
        try {
            roster(persistence, dataSource, tenant, postgres);
            records(persistence, dataSource, tenant, postgres);
        } finally {
            JdbcClient sql = JdbcClient.create(dataSource);
            for (String table : List.of("participants", "call_record_participants", "call_records")) {
                sql.sql("delete from " + table + " where tenant_id = ?").param(tenant.value()).update();
            }
        }
        System.exit(0);
    }

    private static void roster(JdbcPersistence persistence, DataSource dataSource, TenantId tenant, boolean postgres) {
        CallId call = Ids.callId();
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.add(aParticipant().tenant(tenant).call(call)
                    .identity(Identities.aUser("user-" + i, "User " + i)).build());
        }
        long started = System.nanoTime();
        inBatches(persistence, participants, persistence.participants()::insert);
        System.out.printf("stored %,d participants in %.1f s%n", PARTICIPANTS, (System.nanoTime() - started) / 1e9);
        analyze(dataSource, postgres);

        List<String> ids = participants.stream().map(participant -> participant.id().value()).sorted().toList();
        System.out.printf("%n| roster page (100 of %,d) | median ms | p95 ms |%n|---|---|---|%n", PARTICIPANTS);
        for (int page : new int[] {1, 500, 1000}) {
            Optional<ParticipantId> after = page == 1 ? Optional.empty()
                    : Optional.of(ParticipantId.of(ids.get((page - 1) * ROSTER_PAGE - 1)));
            report("page " + page, () -> persistence.participants().findPresent(tenant, call, after, ROSTER_PAGE + 1));
        }
        report("countPresent", () -> persistence.participants().countPresent(tenant, call));
    }

    private static void records(JdbcPersistence persistence, DataSource dataSource, TenantId tenant, boolean postgres) {
        IdentitySet organizer = Identities.aUser("organizer", "Organizer");
        List<CallRecord> records = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            var record = aCallRecord().tenant(tenant).startingAt(T0.plusSeconds(i / 3)).organizer(organizer)
                    .participants(List.of(organizer)).organizerV2(new Organizer("organizer", organizer))
                    .participantsV2(List.of()).noSessions().withParticipant("everyone");
            records.add(record.build());
        }
        long started = System.nanoTime();
        inBatches(persistence, records, persistence.callRecords()::insert);
        System.out.printf("%nstored %,d call records in %.1f s%n", RECORDS, (System.nanoTime() - started) / 1e9);
        analyze(dataSource, postgres);

        List<CallRecord> ordered = records.stream().sorted(Comparator.comparing(CallRecord::startDateTime)
                .thenComparing(record -> record.id().value())).toList();
        Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");
        System.out.printf("%n| callRecords page (60 of %,d) | median ms | p95 ms |%n|---|---|---|%n", RECORDS);
        CallRecordFilter everyone = CallRecordFilter.none().withParticipant("everyone");
        for (CallRecordFilter filter : List.of(CallRecordFilter.none(), everyone)) {
            for (int page : new int[] {1, 500, 1000}) {
                CallRecord last = page == 1 ? null : ordered.get((page - 1) * RECORD_PAGE - 1);
                Optional<Position> after = Optional.ofNullable(last)
                        .map(record -> new Position(record.startDateTime(), record.id()));
                report("page " + page + (filter.participantId().isPresent() ? ", participant filter" : ""),
                        () -> persistence.callRecordSearch().find(tenant, filter, longAgo, after, RECORD_PAGE + 1));
            }
        }
    }

    private static <T> void inBatches(JdbcPersistence persistence, List<T> items, Consumer<T> insert) {
        for (int from = 0; from < items.size(); from += 1_000) {
            List<T> batch = items.subList(from, Math.min(items.size(), from + 1_000));
            persistence.transactions().inTransaction(() -> {
                batch.forEach(insert);
                return null;
            });
        }
    }

    /** What autovacuum does soon after a bulk insert: statistics for the planner, the visibility map for counts. */
    private static void analyze(DataSource dataSource, boolean postgres) {
        if (postgres) {
            JdbcClient.create(dataSource).sql("vacuum analyze participants, call_records, call_record_participants")
                    .update();
        }
    }

    private static void report(String what, Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("| %s | %.2f | %.2f |%n", what, millis[MEASURED / 2], millis[(int) (MEASURED * 0.95)]);
    }
}
