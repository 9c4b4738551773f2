package dev.switchboard.adapter.rest.support;

import dev.switchboard.domain.error.ForbiddenException;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;

import reactor.core.publisher.Mono;

/**
 * Serves the deprecated beta roots of seed 003 as aliases of {@code /beta/communications/calls}:
 * {@code /beta/app/calls/...} (the 2018 {@code app} singleton) and {@code /beta/applications/{appId}/calls/...}
 * (early docs only), the latter only for the caller's own application id ({@code 403} otherwise). Both are logged
 * as deprecated and answered with a {@code Deprecation} header.
 */
@Component
@Order(0) // after the security chain (-100): the application id is checked against the authenticated caller's
public class LegacyBetaPaths implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(LegacyBetaPaths.class);

    private static final Pattern APP = Pattern.compile("^/beta/app/calls(/.*)?$");
    private static final Pattern APPLICATIONS = Pattern.compile("^/beta/applications/([^/]+)/calls(/.*)?$");
    private static final String CANONICAL = "/beta/communications/calls";

    private final CallerResolver callers;
    private final AtomicBoolean appWarned = new AtomicBoolean();
    private final AtomicBoolean applicationsWarned = new AtomicBoolean();

    public LegacyBetaPaths(CallerResolver callers) {
        this.callers = callers;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        Matcher app = APP.matcher(path);
        if (app.matches()) {
            deprecated(appWarned, path);
            return chain.filter(rewrite(exchange, app.group(1)));
        }
        Matcher applications = APPLICATIONS.matcher(path);
        if (applications.matches()) {
            deprecated(applicationsWarned, path);
            String applicationId = UriUtils.decode(applications.group(1), StandardCharsets.UTF_8);
            String rest = applications.group(2);
            return callers.resolve(exchange).flatMap(caller -> caller.applicationId().equalsIgnoreCase(applicationId)
                    ? chain.filter(rewrite(exchange, rest))
                    : Mono.error(new ForbiddenException("Application " + applicationId
                    + " is not the calling application; use /beta/communications/calls instead.")));
        }
        return chain.filter(exchange);
    }

    private static ServerWebExchange rewrite(ServerWebExchange exchange, String rest) {
        exchange.getResponse().getHeaders().set("Deprecation", "true");
        String contextPath = exchange.getRequest().getPath().contextPath().value();
        String canonical = contextPath + CANONICAL + (rest == null ? "" : rest);
        return exchange.mutate().request(request -> request.path(canonical)).build();
    }

    private static void deprecated(AtomicBoolean warned, String path) {
        if (warned.compareAndSet(false, true)) {
            log.warn("Deprecated beta path {} used; it is served as an alias of {}/... (logged once)", path, CANONICAL);
        } else {
            log.debug("Deprecated beta path {} used", path);
        }
    }
}
