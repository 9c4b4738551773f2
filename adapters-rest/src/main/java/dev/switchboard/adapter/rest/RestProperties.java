package dev.switchboard.adapter.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST adapter ({@code switchboard.rest.*}).
 *
 * @param maxRequestBody       the largest request body accepted; a bigger one gets {@code 413}
 * @param maxJsonDepth         how deeply objects and arrays may nest in a request body; the deepest Graph body
 *                             (a callRecord with sessions, segments and their endpoints' identities) nests 8 levels
 * @param maxStringLength      the longest string value or property name in a request body, in characters
 * @param maxArrayItems        the most items any one array in a request body may hold
 * @param retryAfterSeconds    the {@code Retry-After} sent with {@code 503} when a dependency is out of reach
 */
@ConfigurationProperties("switchboard.rest")
public record RestProperties(
        @DefaultValue("1MB") DataSize maxRequestBody,
        @DefaultValue("32") int maxJsonDepth,
        @DefaultValue("65536") int maxStringLength,
        @DefaultValue("1000") int maxArrayItems,
        @DefaultValue("5") int retryAfterSeconds) {

    public RestProperties {
        if (maxJsonDepth < 1 || maxStringLength < 1 || maxArrayItems < 1) {
            throw new IllegalArgumentException(
                    "switchboard.rest: max-json-depth, max-string-length and max-array-items must be positive");
        }
    }
}
