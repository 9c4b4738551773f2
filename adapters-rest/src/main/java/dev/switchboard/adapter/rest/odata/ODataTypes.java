package dev.switchboard.adapter.rest.odata;

import dev.switchboard.adapter.rest.call.CallJson;
import dev.switchboard.adapter.rest.callrecord.CallRecordJson;
import dev.switchboard.adapter.rest.operation.OperationJson;
import dev.switchboard.adapter.rest.participant.ParticipantJson;
import dev.switchboard.adapter.rest.support.IdentityJson;
import dev.switchboard.adapter.rest.support.IdentitySetJson;
import dev.switchboard.adapter.rest.support.InvitationParticipantInfoJson;
import dev.switchboard.adapter.rest.support.ParticipantInfoJson;
import dev.switchboard.adapter.rest.support.ResultInfoJson;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * Which Graph type each wire record is written as: the one table of {@code @odata.type} values. Switchboard writes
 * the type on entities, on derived and polymorphic values, and on the complex values around them, so typed clients
 * (Kiota) always bind the right subtype.
 */
@Component
public class ODataTypes {

    private static final String GRAPH = "#microsoft.graph.";
    private static final String RECORDS = "#microsoft.graph.callRecords.";

    private final Map<Class<?>, Function<Object, String>> types = new HashMap<>();

    public ODataTypes() {
        // identities and other shared values
        type(IdentityJson.Plain.class, GRAPH + "identity");
        type(IdentityJson.CommunicationsUser.class, GRAPH + "communicationsUserIdentity");
        type(IdentityJson.CommunicationsApplication.class, GRAPH + "communicationsApplicationIdentity");
        type(IdentityJson.CommunicationsApplicationInstance.class, GRAPH + "communicationsApplicationInstanceIdentity");
        type(IdentityJson.CommunicationsGuest.class, GRAPH + "communicationsGuestIdentity");
        type(IdentityJson.CommunicationsPhone.class, GRAPH + "communicationsPhoneIdentity");
        type(IdentityJson.CommunicationsEncrypted.class, GRAPH + "communicationsEncryptedIdentity");
        type(IdentityJson.CallRecordUser.class, RECORDS + "userIdentity");
        type(IdentitySetJson.class, set -> ((IdentitySetJson) set).communications()
                ? GRAPH + "communicationsIdentitySet" : GRAPH + "identitySet");
        type(ParticipantInfoJson.class, GRAPH + "participantInfo");
        type(InvitationParticipantInfoJson.class, GRAPH + "invitationParticipantInfo");
        type(ResultInfoJson.class, GRAPH + "resultInfo");

        // calls
        type(CallJson.class, GRAPH + "call");
        type(CallJson.AppHostedMediaConfigJson.class, GRAPH + "appHostedMediaConfig");
        type(CallJson.ServiceHostedMediaConfigJson.class, GRAPH + "serviceHostedMediaConfig");
        type(CallJson.MediaInfoJson.class, GRAPH + "mediaInfo");
        type(CallJson.ChatInfoJson.class, GRAPH + "chatInfo");
        type(CallJson.OrganizerMeetingInfoJson.class, GRAPH + "organizerMeetingInfo");
        type(CallJson.TokenMeetingInfoJson.class, GRAPH + "tokenMeetingInfo");
        type(CallJson.JoinMeetingIdMeetingInfoJson.class, GRAPH + "joinMeetingIdMeetingInfo");
        type(CallJson.CallMediaStateJson.class, GRAPH + "callMediaState");

        // participants
        type(ParticipantJson.class, GRAPH + "participant");
        type(ParticipantJson.MediaStreamJson.class, GRAPH + "mediaStream");
        type(ParticipantJson.RecordingInfoJson.class, GRAPH + "recordingInfo");
        type(ParticipantJson.RemovedStateJson.class, GRAPH + "removedState");

        // operations
        type(OperationJson.InviteParticipants.class, GRAPH + "inviteParticipantsOperation");
        type(OperationJson.MuteParticipant.class, GRAPH + "muteParticipantOperation");
        type(OperationJson.UnmuteParticipant.class, GRAPH + "unmuteParticipantOperation");

        // call records
        type(CallRecordJson.class, RECORDS + "callRecord");
        type(CallRecordJson.OrganizerJson.class, RECORDS + "organizer");
        type(CallRecordJson.CallRecordParticipantJson.class, RECORDS + "participant");
        type(CallRecordJson.SessionJson.class, RECORDS + "session");
        type(CallRecordJson.SegmentJson.class, RECORDS + "segment");
        type(CallRecordJson.PlainEndpointJson.class, RECORDS + "endpoint");
        type(CallRecordJson.ParticipantEndpointJson.class, RECORDS + "participantEndpoint");
        type(CallRecordJson.ServiceEndpointJson.class, RECORDS + "serviceEndpoint");
        type(CallRecordJson.ClientUserAgentJson.class, RECORDS + "clientUserAgent");
        type(CallRecordJson.ServiceUserAgentJson.class, RECORDS + "serviceUserAgent");
        type(CallRecordJson.UserFeedbackJson.class, RECORDS + "userFeedback");
        type(CallRecordJson.FailureInfoJson.class, RECORDS + "failureInfo");
        type(CallRecordJson.MediaJson.class, RECORDS + "media");
        type(CallRecordJson.MediaStreamJson.class, RECORDS + "mediaStream");
    }

    /** How to name the Graph type of a record of {@code wireType}, or {@code null} when it is written untyped. */
    Function<Object, String> typeOf(Class<?> wireType) {
        return types.get(wireType);
    }

    private void type(Class<?> wireType, String graphType) {
        types.put(wireType, value -> graphType);
    }

    private void type(Class<?> wireType, Function<Object, String> graphType) {
        types.put(wireType, graphType);
    }
}
