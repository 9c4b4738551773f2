package dev.switchboard.adapter.graphql.support;

/** The GraphQL input {@code ResultInfoInput}. */
public record ResultInfoInput(int code, int subcode, String message) {
}
