package dev.switchboard.adapter.rest.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.adapter.rest.RestTestSupport;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.communications.calls.item.participants.invite.InvitePostRequestBody;
import com.microsoft.graph.models.Call;
import com.microsoft.graph.models.CallState;
import com.microsoft.graph.models.CommsOperation;
import com.microsoft.graph.models.EndpointType;
import com.microsoft.graph.models.Identity;
import com.microsoft.graph.models.IdentitySet;
import com.microsoft.graph.models.InvitationParticipantInfo;
import com.microsoft.graph.models.InviteParticipantsOperation;
import com.microsoft.graph.models.Modality;
import com.microsoft.graph.models.OperationStatus;
import com.microsoft.graph.models.Participant;
import com.microsoft.graph.models.ParticipantCollectionResponse;
import com.microsoft.graph.models.ServiceHostedMediaConfig;
import com.microsoft.graph.models.callrecords.CallRecord;
import com.microsoft.graph.models.callrecords.CallRecordCollectionResponse;
import com.microsoft.graph.models.callrecords.CallType;
import com.microsoft.graph.models.callrecords.ClientUserAgent;
import com.microsoft.graph.models.callrecords.ParticipantEndpoint;
import com.microsoft.graph.models.callrecords.ProductFamily;
import com.microsoft.graph.models.callrecords.Segment;
import com.microsoft.graph.models.callrecords.Session;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * The official Microsoft Graph Java SDK (Kiota-generated, 6.x) against the running server, with only its base URL
 * changed and a fake token credential: every answer must parse into the SDK's typed models, subtypes and enums
 * included.
 */
class GraphSdkCompatibilityTest extends RestTestSupport {

    private GraphServiceClient graph;

    @BeforeEach
    void graphClient() {
        TokenCredential fake = request -> Mono.just(new AccessToken("fake-token", OffsetDateTime.now().plusHours(1)));
        graph = new GraphServiceClient(new AzureIdentityAuthenticationProvider(fake, new String[] {"localhost"},
                "https://graph.microsoft.com/.default"));
        graph.getRequestAdapter().setBaseUrl("http://localhost:" + port + "/v1.0");
    }

    @Test
    void the_sdk_creates_a_call_invites_reads_the_operation_and_lists_and_patches_participants() {
        Call created = graph.communications().calls().post(peerToPeer());

        assertThat(created.getId()).isNotBlank();
        assertThat(created.getState()).isEqualTo(CallState.Establishing);
        assertThat(created.getMediaConfig()).isInstanceOf(ServiceHostedMediaConfig.class);
        assertThat(created.getTargets().get(0).getIdentity().getUser().getDisplayName()).isEqualTo("Rosa Lind");
        assertThat(created.getRequestedModalities()).containsExactly(Modality.Audio);

        InvitePostRequestBody invite = new InvitePostRequestBody();
        invite.setParticipants(List.of(invitee("b0b-" + UUID.randomUUID(), "Bob")));
        invite.setClientContext("sdk-ctx");
        InviteParticipantsOperation invitation = graph.communications().calls().byCallId(created.getId())
                .participants().invite().post(invite);

        assertThat(invitation.getStatus()).isEqualTo(OperationStatus.Running);
        assertThat(invitation.getClientContext()).isEqualTo("sdk-ctx");
        assertThat(invitation.getParticipants().get(0).getIdentity().getUser().getDisplayName()).isEqualTo("Bob");

        CommsOperation read = graph.communications().calls().byCallId(created.getId()).operations()
                .byCommsOperationId(invitation.getId()).get();

        assertThat(read).isInstanceOf(InviteParticipantsOperation.class);
        assertThat(read.getStatus()).isEqualTo(OperationStatus.Running);

        CommsOperation completion = new CommsOperation();
        completion.setStatus(OperationStatus.Completed);
        CommsOperation completed = graph.communications().calls().byCallId(created.getId()).operations()
                .byCommsOperationId(invitation.getId()).patch(completion);
        assertThat(completed.getStatus()).isEqualTo(OperationStatus.Completed);

        ParticipantCollectionResponse roster = graph.communications().calls().byCallId(created.getId()).participants().get();

        assertThat(roster.getValue()).hasSize(2);
        Participant bob = roster.getValue().stream()
                .filter(p -> p.getInfo().getIdentity().getUser() != null && "Bob".equals(p.getInfo().getIdentity().getUser().getDisplayName()))
                .findFirst().orElseThrow();
        assertThat(bob.getIsMuted()).isFalse();
        assertThat(bob.getMediaStreams().get(0).getMediaType()).isEqualTo(Modality.Audio);
        assertThat(bob.getRosterSequenceNumber()).isPositive();

        Participant change = new Participant();
        change.setMetadata("sdk-metadata");
        change.setIsInLobby(true);
        Participant patched = graph.communications().calls().byCallId(created.getId()).participants()
                .byParticipantId(bob.getId()).patch(change);

        assertThat(patched.getMetadata()).isEqualTo("sdk-metadata");
        assertThat(patched.getIsInLobby()).isTrue();

        // GET, modify, PATCH the whole object back: the read-only values it resends are the stored ones
        Participant current = graph.communications().calls().byCallId(created.getId()).participants()
                .byParticipantId(bob.getId()).get();
        current.setIsMuted(true);
        Participant roundTrip = graph.communications().calls().byCallId(created.getId()).participants()
                .byParticipantId(bob.getId()).patch(current);
        assertThat(roundTrip.getIsMuted()).isTrue();
        assertThat(roundTrip.getMetadata()).isEqualTo("sdk-metadata");

        Participant added = graph.communications().calls().byCallId(created.getId()).participants().post(newParticipant());
        assertThat(added.getInfo().getEndpointType()).isEqualTo(EndpointType.Default);
    }

    @Test
    void the_sdk_creates_lists_pages_reads_and_patches_call_records() {
        String participantId = "sdk-" + UUID.randomUUID();
        List<String> createdIds = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            CallRecord record = graph.communications().callRecords().post(record(day, participantId));
            assertThat(record.getVersion()).isEqualTo(1L);
            assertThat(record.getType()).isEqualTo(CallType.GroupCall);
            createdIds.add(record.getId());
        }

        List<String> listed = new ArrayList<>();
        CallRecordCollectionResponse page = graph.communications().callRecords().get(config -> {
            config.queryParameters.filter = "participants_v2/any(p:p/id eq '" + participantId + "')";
            config.headers.add("Prefer", "odata.maxpagesize=2");
        });
        int pages = 0;
        while (page != null) {
            pages++;
            page.getValue().forEach(record -> listed.add(record.getId()));
            String next = page.getOdataNextLink();
            page = next == null ? null : graph.communications().callRecords().withUrl(next).get(config -> config.headers.add("Prefer", "odata.maxpagesize=2"));
        }
        assertThat(pages).isEqualTo(2);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(createdIds);

        CallRecord expanded = graph.communications().callRecords().byCallRecordId(createdIds.get(0))
                .get(config -> config.queryParameters.expand = new String[] {"sessions($expand=segments)"});

        assertThat(expanded.getModalities()).containsExactly(com.microsoft.graph.models.callrecords.Modality.Audio);
        assertThat(expanded.getOrganizerV2().getIdentity().getUser().getDisplayName()).isEqualTo("Ola Berg");
        Session session = expanded.getSessions().get(0);
        assertThat(session.getCaller()).isInstanceOf(ParticipantEndpoint.class);
        assertThat(session.getCaller().getUserAgent()).isInstanceOf(ClientUserAgent.class);
        assertThat(((ClientUserAgent) session.getCaller().getUserAgent()).getProductFamily()).isEqualTo(ProductFamily.Teams);
        Segment segment = session.getSegments().get(0);
        assertThat(segment.getStartDateTime()).isEqualTo(OffsetDateTime.of(2031, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC));

        CallRecord selected = graph.communications().callRecords().byCallRecordId(createdIds.get(0))
                .get(config -> config.queryParameters.select = new String[] {"id", "version"});
        assertThat(selected.getVersion()).isEqualTo(1L);
        assertThat(selected.getType()).isNull();

        CallRecord change = new CallRecord();
        change.setJoinWebUrl("https://teams.example.test/sdk");
        CallRecord patched = graph.communications().callRecords().byCallRecordId(createdIds.get(0)).patch(change);

        assertThat(patched.getJoinWebUrl()).isEqualTo("https://teams.example.test/sdk");
        assertThat(patched.getVersion()).isEqualTo(2L);
        assertThat(patched.getLastModifiedDateTime()).isNotNull();
    }

    @Test
    void the_sdk_reads_the_error_envelope() {
        ODataError error = catchThrowableOfType(ODataError.class,
                () -> graph.communications().calls().byCallId("no-such-call").get());

        assertThat(error.getResponseStatusCode()).isEqualTo(404);
        assertThat(error.getError().getCode()).isEqualTo("itemNotFound");
        assertThat(error.getError().getMessage()).isEqualTo("call no-such-call was not found.");
        assertThat(error.getError().getInnerError().getRequestId()).isNotBlank();
        assertThat(error.getError().getInnerError().getDate()).isNotNull();
    }

    private static Call peerToPeer() {
        Call call = new Call();
        call.setCallbackUri("https://bot.example.test/callback");
        call.setSubject("SDK call");
        call.setTargets(List.of(invitee("3b9f5d2e-0000-4c1a-9e3b-111122223333", "Rosa Lind")));
        call.setRequestedModalities(List.of(Modality.Audio));
        call.setMediaConfig(new ServiceHostedMediaConfig());
        return call;
    }

    private static InvitationParticipantInfo invitee(String id, String name) {
        Identity user = new Identity();
        user.setId(id);
        user.setDisplayName(name);
        IdentitySet identity = new IdentitySet();
        identity.setUser(user);
        InvitationParticipantInfo invitee = new InvitationParticipantInfo();
        invitee.setIdentity(identity);
        return invitee;
    }

    private static Participant newParticipant() {
        com.microsoft.graph.models.ParticipantInfo info = new com.microsoft.graph.models.ParticipantInfo();
        info.setIdentity(invitee("carol", "Carol").getIdentity());
        info.setEndpointType(EndpointType.Default);
        Participant participant = new Participant();
        participant.setInfo(info);
        participant.setIsMuted(false);
        return participant;
    }

    private static CallRecord record(int day, String participantId) {
        OffsetDateTime start = OffsetDateTime.of(2031, 1, day, 9, 0, 0, 0, ZoneOffset.UTC);
        CallRecord record = new CallRecord();
        record.setType(CallType.GroupCall);
        record.setModalities(List.of(com.microsoft.graph.models.callrecords.Modality.Audio));
        record.setStartDateTime(start);
        record.setEndDateTime(start.plusMinutes(30));

        com.microsoft.graph.models.CommunicationsIdentitySet organizerIdentity = new com.microsoft.graph.models.CommunicationsIdentitySet();
        Identity ola = new Identity();
        ola.setId("5c1d0000-aaaa-4bbb-8ccc-ddddeeeeffff");
        ola.setDisplayName("Ola Berg");
        organizerIdentity.setUser(ola);
        com.microsoft.graph.models.callrecords.Organizer organizer = new com.microsoft.graph.models.callrecords.Organizer();
        organizer.setId(ola.getId());
        organizer.setIdentity(organizerIdentity);
        record.setOrganizerV2(organizer);

        com.microsoft.graph.models.callrecords.Participant participant = new com.microsoft.graph.models.callrecords.Participant();
        participant.setId(participantId);
        record.setParticipantsV2(List.of(participant));

        ClientUserAgent agent = new ClientUserAgent();
        agent.setProductFamily(ProductFamily.Teams);
        ParticipantEndpoint caller = new ParticipantEndpoint();
        caller.setUserAgent(agent);
        Segment segment = new Segment();
        segment.setId("segment-1");
        segment.setStartDateTime(start);
        segment.setEndDateTime(start.plusMinutes(30));
        segment.setCaller(caller);
        Session session = new Session();
        session.setId("session-1");
        session.setStartDateTime(start);
        session.setEndDateTime(start.plusMinutes(30));
        session.setCaller(caller);
        session.setSegments(List.of(segment));
        record.setSessions(List.of(session));
        return record;
    }
}
