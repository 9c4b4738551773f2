package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code changeType} of change notifications, for live events. */
public enum ChangeType implements GraphEnum {
    CREATED("created"),
    UPDATED("updated"),
    DELETED("deleted");

    private final String graphName;

    ChangeType(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
