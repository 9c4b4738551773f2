package dev.switchboard.adapter.graphql.call;

import dev.switchboard.adapter.graphql.support.IdentitySetInput;
import dev.switchboard.adapter.graphql.support.InvitationParticipantInfoInput;
import dev.switchboard.adapter.graphql.support.ParticipantInfoInput;
import dev.switchboard.domain.participant.Modality;

import java.util.List;

/** The input of {@code createCall}. */
public record CreateCallInput(
        String callbackUri,
        MediaConfigInput mediaConfig,
        String subject,
        ParticipantInfoInput source,
        List<InvitationParticipantInfoInput> targets,
        List<Modality> requestedModalities,
        ChatInfoInput chatInfo,
        MeetingInfoInput meetingInfo) {

    public record MediaConfigInput(MediaConfigKind kind, String blob, List<MediaInfoInput> preFetchMedia) {
    }

    public record MediaInfoInput(String uri, String resourceId) {
    }

    public record ChatInfoInput(String threadId, String messageId, String replyChainMessageId) {
    }

    public record MeetingInfoInput(MeetingInfoKind kind, IdentitySetInput organizer, String token,
                                   String joinMeetingId, String passcode) {
    }
}
