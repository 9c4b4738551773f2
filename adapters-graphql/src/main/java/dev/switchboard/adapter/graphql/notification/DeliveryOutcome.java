package dev.switchboard.adapter.graphql.notification;

import dev.switchboard.domain.common.GraphEnum;
import dev.switchboard.domain.notification.CallbackOutcome;

/** The GraphQL enum {@code CallbackOutcome}. */
public enum DeliveryOutcome implements GraphEnum {
    DELIVERED("delivered"),
    RETRYING("retrying"),
    GIVEN_UP("givenUp");

    private final String graphName;

    DeliveryOutcome(String graphName) {
        this.graphName = graphName;
    }

    static DeliveryOutcome of(CallbackOutcome outcome) {
        return switch (outcome) {
            case DELIVERED -> DELIVERED;
            case RETRYING -> RETRYING;
            case GIVEN_UP -> GIVEN_UP;
        };
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
