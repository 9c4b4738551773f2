package dev.switchboard.application.service.event;

import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.in.event.CallEventSubscriptions.SubscribeToCallEventsQuery;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.inmemory.InMemoryPorts;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallEventSubscriptionServiceTest {

    private static final TenantId CONTOSO = TenantId.of("contoso");
    private static final TenantId FABRIKAM = TenantId.of("fabrikam");

    private final InMemoryPorts adapters = new InMemoryPorts();
    private final SwitchboardCore core = SwitchboardCore.assemble(adapters.ports(), CoreSettings.defaults());
    private final CallEventSubscriptions subscriptions = core.callEventSubscriptions();

    @Test
    void a_subscriber_hears_its_own_tenants_committed_events_and_never_another_tenants() {
        List<CallEvent> heard = listenTo(CONTOSO, Optional.empty());

        Call ours = placeCall(CONTOSO);
        placeCall(FABRIKAM);

        assertThat(heard).isNotEmpty().allMatch(event -> event.tenantId().equals(CONTOSO));
        assertThat(heard).filteredOn(CallStateChanged.class::isInstance)
                .extracting(event -> ((CallStateChanged) event).call().id()).containsExactly(ours.id());
    }

    @Test
    void a_subscription_to_one_call_hears_only_that_call() {
        Call watched = placeCall(CONTOSO);
        Call other = placeCall(CONTOSO);
        List<CallEvent> heard = listenTo(CONTOSO, Optional.of(watched.id()));

        invite(other);
        invite(watched);

        assertThat(heard).singleElement().isInstanceOf(OperationProgressed.class)
                .extracting(event -> event.callId().orElseThrow()).isEqualTo(watched.id());
    }

    @Test
    void call_records_arrive_only_on_tenant_wide_subscriptions() {
        Call call = placeCall(CONTOSO);
        List<CallEvent> wholeTenant = listenTo(CONTOSO, Optional.empty());
        List<CallEvent> oneCall = listenTo(CONTOSO, Optional.of(call.id()));

        core.hangUpCall().hangUp(new HangUpCallCommand(CONTOSO, call.id()));

        assertThat(wholeTenant).hasAtLeastOneElementOfType(CallRecordCreated.class);
        assertThat(oneCall).noneMatch(CallRecordCreated.class::isInstance)
                .hasAtLeastOneElementOfType(CallStateChanged.class);
    }

    @Test
    void nothing_is_heard_of_a_change_that_rolled_back() {
        List<CallEvent> heard = listenTo(CONTOSO, Optional.empty());
        Call call = placeCall(CONTOSO);
        heard.clear();

        assertThatThrownBy(() -> adapters.ports().transactions().inTransaction(() -> {
            invite(call);
            throw new IllegalStateException("the database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(heard).isEmpty();
    }

    @Test
    void a_cancelled_subscription_hears_nothing_more() {
        List<CallEvent> heard = new CopyOnWriteArrayList<>();
        CallEventSubscriptions.Subscription subscription = subscriptions.subscribe(
                new SubscribeToCallEventsQuery(CONTOSO, Optional.empty()), heard::add);
        subscription.cancel();
        subscription.cancel();

        placeCall(CONTOSO);

        assertThat(heard).isEmpty();
        assertThat(adapters.events().published()).hasAtLeastOneElementOfType(ParticipantJoined.class);
    }

    private List<CallEvent> listenTo(TenantId tenant, Optional<CallId> callId) {
        List<CallEvent> heard = new CopyOnWriteArrayList<>();
        subscriptions.subscribe(new SubscribeToCallEventsQuery(tenant, callId), heard::add);
        return heard;
    }

    private Call placeCall(TenantId tenant) {
        return core.createCall().create(new CreateCallCommand(tenant, "bot", new NewCall(
                "https://bot.example.com/callback", null, null,
                List.of(InvitationParticipantInfo.of(user("adele"))), List.of(),
                new MediaConfig.ServiceHosted(List.of()), null, null, null)));
    }

    private void invite(Call call) {
        core.inviteParticipants().invite(new InviteParticipantsCommand(call.tenantId(), call.id(),
                List.of(InvitationParticipantInfo.of(user("megan"))), null));
    }

    private static IdentitySet user(String id) {
        return IdentitySet.ofUser(new PlainIdentity(id, null, null));
    }
}
