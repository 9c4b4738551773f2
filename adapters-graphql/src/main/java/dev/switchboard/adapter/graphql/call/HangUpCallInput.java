package dev.switchboard.adapter.graphql.call;

/** The input of {@code hangUpCall}. */
public record HangUpCallInput(String callId) {
}
