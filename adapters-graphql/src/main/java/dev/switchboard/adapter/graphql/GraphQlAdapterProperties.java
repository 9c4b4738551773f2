package dev.switchboard.adapter.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the GraphQL adapter ({@code switchboard.graphql.*}).
 *
 * @param maxQueryDepth      how deeply a query may nest; the deepest useful one (a list of call records with the
 *                           identities of their segments' callers) nests 9 levels
 * @param maxQueryComplexity how many values a query may fetch, counting a list's selection once per item of the
 *                           page it asks for
 */
@ConfigurationProperties("switchboard.graphql")
public record GraphQlAdapterProperties(
        @DefaultValue("12") int maxQueryDepth,
        @DefaultValue("10000") int maxQueryComplexity) {
}
