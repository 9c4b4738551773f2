package dev.switchboard.adapter.rest.callrecord;

import dev.switchboard.adapter.rest.odata.WireContext;
import dev.switchboard.adapter.rest.support.DynamicJson;
import dev.switchboard.adapter.rest.support.GraphValueJsonMapper;
import dev.switchboard.adapter.rest.support.RestMapperConfig;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.FailureInfo;
import dev.switchboard.domain.callrecord.Media;
import dev.switchboard.domain.callrecord.MediaStreamQuality;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.callrecord.UserAgent;
import dev.switchboard.domain.common.DynamicProperties;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.SubclassMapping;

import tools.jackson.databind.node.ObjectNode;

/** A call record as Graph writes it, with its sessions and segments in full. */
@Mapper(config = RestMapperConfig.class, uses = GraphValueJsonMapper.class)
interface CallRecordJsonMapper {

    CallRecordJson toJson(CallRecord record, @Context WireContext wire);

    CallRecordJson.OrganizerJson organizer(Organizer organizer, @Context WireContext wire);

    CallRecordJson.CallRecordParticipantJson participant(CallRecordParticipant participant, @Context WireContext wire);

    CallRecordJson.SessionJson session(Session session, @Context WireContext wire);

    CallRecordJson.SegmentJson segment(Segment segment, @Context WireContext wire);

    @SubclassMapping(source = Endpoint.Plain.class, target = CallRecordJson.PlainEndpointJson.class)
    @SubclassMapping(source = Endpoint.OfParticipant.class, target = CallRecordJson.ParticipantEndpointJson.class)
    @SubclassMapping(source = Endpoint.OfService.class, target = CallRecordJson.ServiceEndpointJson.class)
    CallRecordJson.EndpointJson endpoint(Endpoint endpoint, @Context WireContext wire);

    @SubclassMapping(source = UserAgent.Client.class, target = CallRecordJson.ClientUserAgentJson.class)
    @SubclassMapping(source = UserAgent.Service.class, target = CallRecordJson.ServiceUserAgentJson.class)
    CallRecordJson.UserAgentJson userAgent(UserAgent userAgent, @Context WireContext wire);

    CallRecordJson.UserFeedbackJson feedback(Endpoint.Feedback feedback, @Context WireContext wire);

    CallRecordJson.FailureInfoJson failureInfo(FailureInfo failureInfo, @Context WireContext wire);

    CallRecordJson.MediaJson media(Media media, @Context WireContext wire);

    @Mapping(target = "metrics", source = "metrics")
    CallRecordJson.MediaStreamJson stream(MediaStreamQuality stream, @Context WireContext wire);

    /** Network and device details: a JSON object, or {@code null} when nothing was recorded. */
    default ObjectNode details(DynamicProperties properties) {
        return DynamicJson.toObject(properties);
    }
}
