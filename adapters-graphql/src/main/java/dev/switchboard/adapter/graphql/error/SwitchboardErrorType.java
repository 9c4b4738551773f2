package dev.switchboard.adapter.graphql.error;

import graphql.ErrorClassification;

/**
 * The classifications Spring for GraphQL's {@link org.springframework.graphql.execution.ErrorType} lacks, for
 * failures that are neither the client's bad input nor a missing resource.
 */
public enum SwitchboardErrorType implements ErrorClassification {
    /** The request contradicts the resource's current state. */
    CONFLICT,
    /** {@code ifMatch} no longer names the stored version. */
    PRECONDITION_FAILED,
    /** A dependency is out of reach; the client may retry. */
    SERVICE_UNAVAILABLE
}
