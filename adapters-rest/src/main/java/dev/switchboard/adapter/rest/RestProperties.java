package dev.switchboard.adapter.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST adapter ({@code switchboard.rest.*}).
 *
 * @param maxRequestBody       the largest request body accepted; a bigger one gets {@code 413}
 * @param retryAfterSeconds    the {@code Retry-After} sent with {@code 503} when a dependency is out of reach
 */
@ConfigurationProperties("switchboard.rest")
public record RestProperties(
        @DefaultValue("1MB") DataSize maxRequestBody,
        @DefaultValue("5") int retryAfterSeconds) {
}
