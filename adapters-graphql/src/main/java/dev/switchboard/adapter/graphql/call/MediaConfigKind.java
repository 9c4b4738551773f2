package dev.switchboard.adapter.graphql.call;

import dev.switchboard.domain.common.GraphEnum;

/** The GraphQL enum {@code MediaConfigKind}: which of Graph's media configurations a {@code MediaConfig} is. */
public enum MediaConfigKind implements GraphEnum {
    APP_HOSTED("appHostedMediaConfig"),
    SERVICE_HOSTED("serviceHostedMediaConfig");

    private final String graphName;

    MediaConfigKind(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
