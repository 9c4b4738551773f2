package dev.switchboard.adapter.rest.call;

import dev.switchboard.adapter.rest.odata.WireContext;
import dev.switchboard.adapter.rest.support.GraphValueJsonMapper;
import dev.switchboard.adapter.rest.support.RestMapperConfig;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.ChatInfo;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.call.MeetingInfo;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.SubclassMapping;

/** A call as Graph writes it: what the client asked for (its spec) with the state the service keeps. */
@Mapper(config = RestMapperConfig.class, uses = GraphValueJsonMapper.class)
interface CallJsonMapper {

    @Mapping(target = "callbackUri", source = "spec.callbackUri")
    @Mapping(target = "subject", source = "spec.subject")
    @Mapping(target = "source", source = "spec.source")
    @Mapping(target = "targets", source = "spec.targets")
    @Mapping(target = "requestedModalities", source = "spec.requestedModalities")
    @Mapping(target = "mediaConfig", source = "spec.mediaConfig")
    @Mapping(target = "chatInfo", source = "spec.chatInfo")
    @Mapping(target = "meetingInfo", source = "spec.meetingInfo")
    @Mapping(target = "dynamic", source = "spec.dynamic")
    CallJson toJson(Call call, @Context WireContext wire);

    @SubclassMapping(source = MediaConfig.AppHosted.class, target = CallJson.AppHostedMediaConfigJson.class)
    @SubclassMapping(source = MediaConfig.ServiceHosted.class, target = CallJson.ServiceHostedMediaConfigJson.class)
    CallJson.MediaConfigJson mediaConfig(MediaConfig config, @Context WireContext wire);

    CallJson.ChatInfoJson chatInfo(ChatInfo chatInfo);

    @SubclassMapping(source = MeetingInfo.Organizer.class, target = CallJson.OrganizerMeetingInfoJson.class)
    @SubclassMapping(source = MeetingInfo.Token.class, target = CallJson.TokenMeetingInfoJson.class)
    @SubclassMapping(source = MeetingInfo.JoinMeetingId.class, target = CallJson.JoinMeetingIdMeetingInfoJson.class)
    CallJson.MeetingInfoJson meetingInfo(MeetingInfo meetingInfo, @Context WireContext wire);

    default CallJson.CallMediaStateJson mediaState(MediaState audio, @Context WireContext wire) {
        return audio == null ? null : new CallJson.CallMediaStateJson(wire.name(audio));
    }
}
