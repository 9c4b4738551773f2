package dev.switchboard.adapter.graphql.operation;

/** The payload of {@code updateOperation}. */
public record UpdateOperationPayload(CommsOperationView operation) {
}
