package dev.switchboard.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static dev.switchboard.application.testing.fixtures.Operations.anOperation;
import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data in an H2 file: what was written before the database was closed is all there
 * when it is opened again, as after a restart.
 */
class DurabilityTest {

    @Test
    void everything_written_is_read_back_after_the_database_is_closed_and_opened_again(@TempDir Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("switchboard") + TestDatabases.H2_MODE;
        TenantId tenant = Tenants.random();
        Call call;
        Participant participant;
        CommsOperation operation;
        CallRecord record;
        long rosterNumber;

        try (HikariDataSource before = dataSource(url)) {
            JdbcPersistence persistence = JdbcPersistence.create(before);
            call = persistence.calls().insert(aCall().tenant(tenant).build());
            participant = persistence.participants().insert(aParticipant().of(call).build());
            operation = persistence.operations().insert(anOperation().of(call).build());
            record = persistence.callRecords().insert(aCallRecord().tenant(tenant).build());
            rosterNumber = persistence.rosterSequence().next(tenant, call.id());
        }

        try (HikariDataSource after = dataSource(url)) {
            JdbcPersistence persistence = JdbcPersistence.create(after);

            assertThat(persistence.calls().find(tenant, call.id())).isEqualTo(Optional.of(call));
            assertThat(persistence.participants().find(tenant, call.id(), participant.id())).contains(participant);
            assertThat(persistence.operations().find(tenant, call.id(), operation.id())).contains(operation);
            assertThat(persistence.callRecords().find(tenant, record.id())).contains(record);
            assertThat(persistence.rosterSequence().next(tenant, call.id())).isEqualTo(rosterNumber + 1);
        }
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        return dataSource;
    }
}
