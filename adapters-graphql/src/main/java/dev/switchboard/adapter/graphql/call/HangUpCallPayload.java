package dev.switchboard.adapter.graphql.call;

/** The payload of {@code hangUpCall}: the call, now terminated. */
public record HangUpCallPayload(CallView call) {
}
