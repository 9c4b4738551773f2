package dev.switchboard.adapter.graphql.call;

import dev.switchboard.adapter.graphql.support.GraphQlMapperConfig;
import dev.switchboard.adapter.graphql.support.GraphValueViewMapper;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.call.MeetingInfo;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A call as the schema shows it: its spec's properties next to the state the service keeps. */
@Mapper(config = GraphQlMapperConfig.class, uses = GraphValueViewMapper.class)
public interface CallViewMapper {

    @Mapping(target = "callbackUri", source = "spec.callbackUri")
    @Mapping(target = "subject", source = "spec.subject")
    @Mapping(target = "source", source = "spec.source")
    @Mapping(target = "targets", source = "spec.targets")
    @Mapping(target = "requestedModalities", source = "spec.requestedModalities")
    @Mapping(target = "mediaConfig", source = "spec.mediaConfig")
    @Mapping(target = "chatInfo", source = "spec.chatInfo")
    @Mapping(target = "meetingInfo", source = "spec.meetingInfo")
    CallView toView(Call call);

    @Mapping(target = "kind", constant = "ORGANIZER")
    @Mapping(target = "token", ignore = true)
    @Mapping(target = "joinMeetingId", ignore = true)
    @Mapping(target = "passcode", ignore = true)
    CallView.MeetingInfoView organizerMeeting(MeetingInfo.Organizer meeting);

    @Mapping(target = "kind", constant = "TOKEN")
    @Mapping(target = "organizer", ignore = true)
    @Mapping(target = "joinMeetingId", ignore = true)
    @Mapping(target = "passcode", ignore = true)
    CallView.MeetingInfoView tokenMeeting(MeetingInfo.Token meeting);

    @Mapping(target = "kind", constant = "JOIN_MEETING_ID")
    @Mapping(target = "organizer", ignore = true)
    @Mapping(target = "token", ignore = true)
    CallView.MeetingInfoView joinMeetingIdMeeting(MeetingInfo.JoinMeetingId meeting);

    default CallView.MeetingInfoView meetingInfo(MeetingInfo meeting) {
        if (meeting instanceof MeetingInfo.Organizer organizer) {
            return organizerMeeting(organizer);
        }
        if (meeting instanceof MeetingInfo.Token token) {
            return tokenMeeting(token);
        }
        if (meeting instanceof MeetingInfo.JoinMeetingId joinMeetingId) {
            return joinMeetingIdMeeting(joinMeetingId);
        }
        return null;
    }

    default CallView.MediaConfigView mediaConfig(MediaConfig config) {
        if (config instanceof MediaConfig.AppHosted appHosted) {
            return new CallView.MediaConfigView(MediaConfigKind.APP_HOSTED, appHosted.blob(), List.of());
        }
        if (config instanceof MediaConfig.ServiceHosted serviceHosted) {
            return new CallView.MediaConfigView(MediaConfigKind.SERVICE_HOSTED, null, serviceHosted.preFetchMedia());
        }
        return null;
    }

    default CallView.CallMediaStateView mediaState(MediaState audio) {
        return audio == null ? null : new CallView.CallMediaStateView(audio);
    }
}
