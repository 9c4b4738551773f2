package dev.switchboard.app.throttling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Graph's documented request limits (graph-api §7.5), as token buckets: {@code requests} in every {@code per}, with
 * bursts up to {@code requests}. The defaults are Graph's own; tests and small deployments may set lower ones, e.g.
 * {@code switchboard.throttling.calls-per-application-in-tenant.requests=100} and {@code ...per=10s} (set both).
 *
 * @param enabled                          whether requests are counted at all
 * @param perApplication                   Graph's global limit, per application across tenants
 * @param callsPerApplicationInTenant      {@code /communications/calls/**}, per application per tenant
 * @param callRecordsPerApplication        {@code /communications/callRecords/**}, per application across tenants
 * @param callRecordsPerTenant             the same, per tenant across applications
 * @param callRecordsPerApplicationInTenant the same, per application per tenant
 */
@ConfigurationProperties("switchboard.throttling")
public record ThrottlingProperties(
        @DefaultValue("true") boolean enabled,
        Limit perApplication,
        Limit callsPerApplicationInTenant,
        Limit callRecordsPerApplication,
        Limit callRecordsPerTenant,
        Limit callRecordsPerApplicationInTenant) {

    public ThrottlingProperties {
        perApplication = orElse(perApplication, 130_000, Duration.ofSeconds(10));
        callsPerApplicationInTenant = orElse(callsPerApplicationInTenant, 50_000, Duration.ofSeconds(15));
        callRecordsPerApplication = orElse(callRecordsPerApplication, 15_000, Duration.ofSeconds(20));
        callRecordsPerTenant = orElse(callRecordsPerTenant, 10_000, Duration.ofSeconds(20));
        callRecordsPerApplicationInTenant = orElse(callRecordsPerApplicationInTenant, 1_500, Duration.ofSeconds(20));
    }

    private static Limit orElse(Limit configured, long requests, Duration per) {
        return configured != null ? configured : new Limit(requests, per);
    }

    /** {@code requests} in every {@code per}. */
    public record Limit(long requests, Duration per) {

        public Limit {
            if (requests < 1 || per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("a limit needs at least one request in a positive duration");
            }
        }
    }
}
