package dev.switchboard.adapter.graphql.error;

import dev.switchboard.domain.error.DomainException;

import graphql.GraphQLError;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;

/**
 * The same mapping as {@link GraphQlErrorAdvice}, for a subscription whose stream fails after it started (a call that
 * does not exist, a subscriber too slow to keep up): the WebSocket's {@code error} message carries the same codes.
 */
public class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure) {
        return failure instanceof DomainException domain ? DomainErrors.of(domain, null) : null;
    }
}
