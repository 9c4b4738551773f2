package dev.switchboard.adapter.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST adapter ({@code switchboard.rest.*}).
 *
 * @param defaultTenantId      the tenant every request acts for until authentication (issue 6) supplies the token's
 *                             {@code tid}
 * @param defaultApplicationId the application id every request acts as until issue 6 supplies the token's
 *                             {@code appid}
 * @param maxRequestBody       the largest request body accepted; a bigger one gets {@code 413}
 * @param retryAfterSeconds    the {@code Retry-After} sent with {@code 503} when a dependency is out of reach
 */
@ConfigurationProperties("switchboard.rest")
public record RestProperties(
        @DefaultValue("00000000-0000-0000-0000-000000000001") String defaultTenantId,
        @DefaultValue("00000000-0000-0000-0000-000000000002") String defaultApplicationId,
        @DefaultValue("1MB") DataSize maxRequestBody,
        @DefaultValue("5") int retryAfterSeconds) {
}
