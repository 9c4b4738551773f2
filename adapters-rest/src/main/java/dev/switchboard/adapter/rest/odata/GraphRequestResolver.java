package dev.switchboard.adapter.rest.odata;

import dev.switchboard.adapter.rest.RestProperties;
import dev.switchboard.adapter.rest.support.CallerResolver;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Supplies {@link GraphRequest} parameters of controller methods, after checking that the caller holds the permission
 * the handler names with {@link Requires}: a refusal comes before the request is read any further, and a handler
 * that names no permission is an error of ours, never an open door.
 */
@Component
public class GraphRequestResolver implements HandlerMethodArgumentResolver {

    private final CallerResolver callers;
    private final ODataJson json;
    private final int maxBodyBytes;

    public GraphRequestResolver(CallerResolver callers, ODataJson json, RestProperties properties) {
        this.callers = callers;
        this.json = json;
        this.maxBodyBytes = (int) Math.min(Integer.MAX_VALUE, properties.maxRequestBody().toBytes());
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == GraphRequest.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String firstSegment = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        ApiVersion version = ApiVersion.ofSegment(firstSegment).orElse(ApiVersion.V1_0);
        Requires requires = parameter.getMethodAnnotation(Requires.class);
        if (requires == null) {
            return Mono.error(new IllegalStateException(parameter.getExecutable()
                    + " takes a GraphRequest but names no @Requires permission"));
        }
        return callers.resolve(exchange).map(caller -> {
            caller.require(requires.value());
            return new GraphRequest(exchange, version, caller, json, maxBodyBytes);
        });
    }
}
