package dev.switchboard.adapter.graphql.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who a request acts as until authentication (issue 6) reads it from the token. The names are neutral
 * ({@code switchboard.*}, not {@code switchboard.graphql.*}) because every driving adapter acts for the same caller.
 *
 * @param defaultTenantId      the tenant every request acts for
 * @param defaultApplicationId the calling application
 */
@ConfigurationProperties("switchboard")
public record CallerProperties(
        @DefaultValue("00000000-0000-0000-0000-000000000001") String defaultTenantId,
        @DefaultValue("00000000-0000-0000-0000-000000000002") String defaultApplicationId) {
}
