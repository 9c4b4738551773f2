package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.ListCallRecordsQuery;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Participant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Java program can embed Switchboard with a {@code DataSource} and nothing else: no Spring context, no
 * configuration, just {@code domain}, {@code application} and this adapter. This test is such a program.
 */
class EmbeddingWithoutSpringTest {

    @Test
    void a_program_with_only_a_data_source_runs_a_call_from_creation_to_its_record() {
        // the program's own database: an H2 data source made by hand
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:embedded-" + UUID.randomUUID() + TestDatabases.H2_MODE + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");

        // the adapter migrates the schema and hands out the ports; the program adds ids, events and a clock
        JdbcPersistence persistence = JdbcPersistence.create(dataSource);
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        SwitchboardCore core = SwitchboardCore.assemble(new OutboundPorts(persistence.calls(),
                persistence.participants(), persistence.rosterSequence(), persistence.operations(),
                persistence.callRecords(), persistence.callRecordSearch(), () -> UUID.randomUUID().toString(),
                persistence.transactions(), events::add, listener -> () -> { }, persistence.timers(),
                persistence.subscriptions(), (notificationUrl, token) -> false, persistence.callbackDeliveries(),
                Clock.systemUTC()),
                CoreSettings.defaults());
        TenantId tenant = TenantId.of("contoso");

        Call call = core.createCall().create(new CreateCallCommand(tenant, "bot-app-id", Calls.aGroupCallSpec()));
        CommsOperation invitation = core.inviteParticipants().invite(new InviteParticipantsCommand(tenant, call.id(),
                List.of(InvitationParticipantInfo.of(Identities.aUser("lee", "Lee Gu"))), "invite-lee"));
        CommsOperation completed = core.updateOperation().update(new UpdateOperationCommand(tenant, call.id(),
                invitation.id(), OperationPatch.empty().withStatus(Patch.of(OperationStatus.COMPLETED)),
                ExpectedVersion.none()));
        List<Participant> roster = core.participantQueries().list(
                new ParticipantQueries.ListParticipantsQuery(tenant, call.id(), PageRequest.first())).items();
        Call ended = core.hangUpCall().hangUp(new HangUpCallCommand(tenant, call.id()));
        CallRecord record = core.callRecordQueries().get(
                new GetCallRecordQuery(tenant, CallRecordId.of(call.callChainId())));

        assertThat(completed.status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(roster).hasSize(2).extracting(Participant::identityId).contains("lee");
        assertThat(ended.state()).isEqualTo(CallState.TERMINATED);
        assertThat(record.type()).isEqualTo(CallType.GROUP_CALL);
        assertThat(record.participantsV2()).extracting(CallRecordParticipant::id).contains("lee");
        assertThat(record.sessions()).hasSize(2);
        assertThat(core.callRecordQueries().list(new ListCallRecordsQuery(tenant,
                CallRecordFilter.none().withParticipant("lee"), PageRequest.first())).items())
                .extracting(CallRecord::id).containsExactly(record.id());
        assertThat(events).isNotEmpty();
    }
}
