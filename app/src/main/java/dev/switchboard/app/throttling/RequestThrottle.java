package dev.switchboard.app.throttling;

import dev.switchboard.app.throttling.ThrottlingProperties.Limit;
import dev.switchboard.application.port.in.access.Caller;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Counts every authenticated request against the limits of graph-api §7.5 that apply to it: Graph's global one per
 * application, and for calls and callRecords their own per application, per tenant and per application in a tenant.
 * A request over any of them is refused with {@code 429} and the time until it would fit, before anything else runs.
 * It runs right after the security chain, so it knows the caller; unauthenticated requests never get this far.
 */
public final class RequestThrottle implements WebFilter {

    private static final Pattern CALLS = Pattern.compile(
            "^/(v1\\.0|beta)/(communications|app|applications/[^/]+)/calls(/.*)?$");
    private static final Pattern CALL_RECORDS = Pattern.compile("^/(v1\\.0|beta)/communications/callRecords(/.*)?$");

    private final ThrottlingProperties limits;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RequestThrottle(ThrottlingProperties limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof Caller)
                .map(principal -> (Caller) ((Authentication) principal).getPrincipal())
                .flatMap(caller -> {
                    String path = exchange.getRequest().getPath().pathWithinApplication().value();
                    Duration wait = Duration.ZERO;
                    String exhausted = null;
                    for (Bucket bucket : bucketsFor(caller, path)) {
                        Duration needed = bucket.bucket().tryTake(nanoClock.getAsLong());
                        if (needed.compareTo(wait) > 0) {
                            wait = needed;
                            exhausted = bucket.name();
                        }
                    }
                    return exhausted == null ? Mono.just(caller)
                            : Mono.<Caller>error(new TooManyRequestsException(exhausted,
                                    Math.max(1, (wait.toMillis() + 999) / 1000)));
                })
                .then(chain.filter(exchange));
    }

    private record Bucket(String name, TokenBucket bucket) {
    }

    private List<Bucket> bucketsFor(Caller caller, String path) {
        String application = caller.applicationId();
        String tenant = caller.tenantId().value();
        List<Bucket> applying = new ArrayList<>();
        applying.add(bucket("the application's limit", "app|" + application, limits.perApplication()));
        if (CALLS.matcher(path).matches()) {
            applying.add(bucket("the calls limit of the application in this tenant",
                    "calls|" + application + "|" + tenant, limits.callsPerApplicationInTenant()));
        } else if (CALL_RECORDS.matcher(path).matches()) {
            applying.add(bucket("the callRecords limit of the application", "records-app|" + application,
                    limits.callRecordsPerApplication()));
            applying.add(bucket("the callRecords limit of this tenant", "records-tenant|" + tenant,
                    limits.callRecordsPerTenant()));
            applying.add(bucket("the callRecords limit of the application in this tenant",
                    "records|" + application + "|" + tenant, limits.callRecordsPerApplicationInTenant()));
        }
        return applying;
    }

    private Bucket bucket(String name, String key, Limit limit) {
        return new Bucket(name, buckets.computeIfAbsent(key, any -> new TokenBucket(limit, nanoClock.getAsLong())));
    }
}
