package dev.switchboard.adapter.graphql.support;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Requires;
import dev.switchboard.domain.error.UnauthenticatedException;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;

/**
 * Supplies the {@link Caller} parameter of a controller method, after checking that it holds the permission the
 * method names with {@link Requires}: a refusal comes before any argument is read. A method that takes a caller but
 * names no permission is an error of ours, never an open door.
 */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
        Requires requires = parameter.getMethodAnnotation(Requires.class);
        if (requires == null) {
            throw new IllegalStateException(parameter.getExecutable()
                    + " takes a Caller but names no @Requires permission");
        }
        Caller caller = environment.getGraphQlContext().get(CallerInterceptor.CONTEXT_KEY);
        if (caller == null) {
            throw new UnauthenticatedException("Not authenticated: the request carries no valid bearer token.");
        }
        caller.require(requires.value());
        return caller;
    }
}
