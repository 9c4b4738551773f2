package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.adapter.graphql.support.GraphQlMapperConfig;
import dev.switchboard.adapter.graphql.support.GraphValueViewMapper;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.callrecord.UserAgent;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Call records as the schema shows them: as list items (sessions come later, in a batch) or whole. */
@Mapper(config = GraphQlMapperConfig.class, uses = GraphValueViewMapper.class)
public interface CallRecordViewMapper {

    /** A record without its sessions, as lists carry them. */
    @Mapping(target = "etag", expression = "java(dev.switchboard.adapter.graphql.support.ETags.of(record.version()))")
    @Mapping(target = "preloadedSessions", ignore = true)
    CallRecordView summary(CallRecord record);

    /** A record with its sessions, as a single read, a write or an event carries it. */
    @Mapping(target = "etag", expression = "java(dev.switchboard.adapter.graphql.support.ETags.of(record.version()))")
    @Mapping(target = "preloadedSessions", source = "sessions")
    CallRecordView full(CallRecord record);

    List<SessionView> sessions(List<Session> sessions);

    SessionView session(Session session);

    SessionView.SegmentView segment(Segment segment);

    CallRecordView.CallRecordOrganizerView organizer(Organizer organizer);

    CallRecordView.CallRecordParticipantView participant(CallRecordParticipant participant);

    @Mapping(target = "kind", constant = "ENDPOINT")
    @Mapping(target = "associatedIdentity", ignore = true)
    @Mapping(target = "identity", ignore = true)
    @Mapping(target = "name", ignore = true)
    @Mapping(target = "cpuName", ignore = true)
    @Mapping(target = "cpuCoresCount", ignore = true)
    @Mapping(target = "cpuProcessorSpeedInMhz", ignore = true)
    @Mapping(target = "feedback", ignore = true)
    SessionView.EndpointView plainEndpoint(Endpoint.Plain endpoint);

    @Mapping(target = "kind", constant = "PARTICIPANT")
    SessionView.EndpointView participantEndpoint(Endpoint.OfParticipant endpoint);

    @Mapping(target = "kind", constant = "SERVICE")
    @Mapping(target = "associatedIdentity", ignore = true)
    @Mapping(target = "identity", ignore = true)
    @Mapping(target = "name", ignore = true)
    @Mapping(target = "cpuName", ignore = true)
    @Mapping(target = "cpuCoresCount", ignore = true)
    @Mapping(target = "cpuProcessorSpeedInMhz", ignore = true)
    @Mapping(target = "feedback", ignore = true)
    SessionView.EndpointView serviceEndpoint(Endpoint.OfService endpoint);

    default SessionView.EndpointView endpoint(Endpoint endpoint) {
        if (endpoint instanceof Endpoint.OfParticipant participant) {
            return participantEndpoint(participant);
        }
        if (endpoint instanceof Endpoint.OfService service) {
            return serviceEndpoint(service);
        }
        if (endpoint instanceof Endpoint.Plain plain) {
            return plainEndpoint(plain);
        }
        return null;
    }

    @Mapping(target = "kind", constant = "CLIENT")
    @Mapping(target = "role", ignore = true)
    SessionView.UserAgentView clientAgent(UserAgent.Client agent);

    @Mapping(target = "kind", constant = "SERVICE")
    @Mapping(target = "platform", ignore = true)
    @Mapping(target = "productFamily", ignore = true)
    @Mapping(target = "azureADAppId", ignore = true)
    @Mapping(target = "communicationServiceId", ignore = true)
    SessionView.UserAgentView serviceAgent(UserAgent.Service agent);

    default SessionView.UserAgentView userAgent(UserAgent agent) {
        if (agent instanceof UserAgent.Client client) {
            return clientAgent(client);
        }
        if (agent instanceof UserAgent.Service service) {
            return serviceAgent(service);
        }
        return null;
    }
}
