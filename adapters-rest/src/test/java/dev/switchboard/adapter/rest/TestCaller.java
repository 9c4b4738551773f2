package dev.switchboard.adapter.rest;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Role;
import dev.switchboard.domain.common.TenantId;

import java.util.EnumSet;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;

/**
 * What the application's security chain does for a valid token, done for every request of the adapter's tests: the
 * exchange's principal is an authenticated caller with every role. Tokens, roles and their refusals are tested end to
 * end in {@code app}; here the adapter is tested for what it does with a caller.
 */
final class TestCaller {

    static final Caller CALLER = new Caller(TenantId.of("00000000-0000-0000-0000-000000000001"),
            "00000000-0000-0000-0000-000000000002", EnumSet.allOf(Role.class));

    private TestCaller() {
    }

    static WebFilter authenticateEveryRequest() {
        TestingAuthenticationToken authentication = new TestingAuthenticationToken(CALLER, null);
        authentication.setAuthenticated(true);
        return (exchange, chain) -> chain.filter(exchange.mutate().principal(Mono.just(authentication)).build());
    }
}
