package dev.switchboard.adapter.graphql.call;

import dev.switchboard.adapter.graphql.support.IdentitySetView;
import dev.switchboard.adapter.graphql.support.InvitationParticipantInfoView;
import dev.switchboard.adapter.graphql.support.ParticipantInfoView;
import dev.switchboard.domain.call.CallDirection;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.ChatInfo;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.participant.Modality;

import java.util.List;

/** The GraphQL type {@code Call}: what the client asked for (the call's spec) with the state the service keeps. */
public record CallView(
        String id,
        CallState state,
        CallDirection direction,
        String callbackUri,
        String callChainId,
        String subject,
        ParticipantInfoView source,
        List<InvitationParticipantInfoView> targets,
        List<Modality> requestedModalities,
        MediaConfigView mediaConfig,
        ChatInfo chatInfo,
        MeetingInfoView meetingInfo,
        String myParticipantId,
        ResultInfo resultInfo,
        CallMediaStateView mediaState,
        String tenantId) {

    /** The GraphQL type {@code MediaConfig}: either kind of media configuration in one shape. */
    public record MediaConfigView(MediaConfigKind kind, String blob, List<MediaConfig.MediaInfo> preFetchMedia) {
    }

    /** The GraphQL type {@code MeetingInfo}: any kind of meeting info in one shape. */
    public record MeetingInfoView(MeetingInfoKind kind, IdentitySetView organizer, String token, String joinMeetingId,
                                  String passcode) {
    }

    /** The GraphQL type {@code CallMediaState}. */
    public record CallMediaStateView(MediaState audio) {
    }
}
