package dev.switchboard.adapter.graphql.call;

/** The payload of {@code createCall}. */
public record CreateCallPayload(CallView call) {
}
