package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** The GraphQL enum {@code UserAgentKind}: which of Graph's user agents a {@code UserAgent} is. */
public enum UserAgentKind implements GraphEnum {
    CLIENT("clientUserAgent"),
    SERVICE("serviceUserAgent");

    private final String graphName;

    UserAgentKind(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
