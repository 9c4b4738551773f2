package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.adapter.graphql.support.IdentitySetView;
import dev.switchboard.adapter.graphql.support.IdentityView;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.ClientPlatform;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.FailureInfo;
import dev.switchboard.domain.callrecord.Media;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.callrecord.ServiceRole;

import java.time.Instant;
import java.util.List;

/** The GraphQL type {@code Session}, with its segments and their endpoints. */
public record SessionView(
        String id,
        EndpointView caller,
        EndpointView callee,
        Instant startDateTime,
        Instant endDateTime,
        List<CallRecordModality> modalities,
        Boolean isTest,
        FailureInfo failureInfo,
        List<SegmentView> segments) {

    /** The GraphQL type {@code Segment}. Its media, metrics and all, go out as the domain keeps them. */
    public record SegmentView(String id, EndpointView caller, EndpointView callee, Instant startDateTime,
                              Instant endDateTime, FailureInfo failureInfo, List<Media> media) {
    }

    /** The GraphQL type {@code Endpoint}: every kind of endpoint in one shape. */
    public record EndpointView(EndpointKind kind, UserAgentView userAgent, IdentityView associatedIdentity,
                               IdentitySetView identity, String name, String cpuName, Integer cpuCoresCount,
                               Integer cpuProcessorSpeedInMhz, Endpoint.Feedback feedback) {
    }

    /** The GraphQL type {@code UserAgent}: a client's or a service's, in one shape. */
    public record UserAgentView(UserAgentKind kind, String headerValue, String applicationVersion,
                                ClientPlatform platform, ProductFamily productFamily, String azureADAppId,
                                String communicationServiceId, ServiceRole role) {
    }
}
