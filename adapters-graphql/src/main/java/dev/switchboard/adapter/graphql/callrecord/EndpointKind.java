package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** The GraphQL enum {@code EndpointKind}: which of Graph's call-record endpoints an {@code Endpoint} is. */
public enum EndpointKind implements GraphEnum {
    ENDPOINT("endpoint"),
    PARTICIPANT("participantEndpoint"),
    SERVICE("serviceEndpoint");

    private final String graphName;

    EndpointKind(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
