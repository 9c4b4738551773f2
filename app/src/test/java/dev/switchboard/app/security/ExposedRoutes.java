package dev.switchboard.app.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every HTTP route the running application serves, read from its handler mappings (annotated controllers, actuator
 * endpoints) and router functions (GraphQL over HTTP, GraphiQL), never from a hand-kept list: a route added tomorrow
 * is in it.
 */
public final class ExposedRoutes {

    /** One method on one URL template, e.g. {@code PATCH /{version:v1\.0|beta}/communications/callRecords/{id}}. */
    public record Route(HttpMethod method, String template) implements Comparable<Route> {

        /** A concrete path for the template: the first version, and a made-up value for every other variable. */
        public String examplePath() {
            Matcher variables = VARIABLE.matcher(template);
            StringBuilder path = new StringBuilder();
            while (variables.find()) {
                String name = variables.group(1);
                String constraint = variables.group(2);
                String value = constraint == null ? "x-" + name.replace("*", "")
                        : constraint.split("\\|")[0].replace("\\", "");
                variables.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            variables.appendTail(path);
            return path.toString().replace("/**", "/liveness");
        }

        @Override
        public int compareTo(Route other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");

    private ExposedRoutes() {
    }

    public static Set<Route> of(ApplicationContext context) {
        Set<Route> routes = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> routes.addAll(routesOf(info))));
        context.getBeansOfType(RouterFunctionMapping.class).values().forEach(mapping -> {
            if (mapping.getRouterFunction() != null) {
                mapping.getRouterFunction().accept(new RoutesOfRouter(routes));
            }
        });
        return routes;
    }

    private static List<Route> routesOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<Route> routes = new ArrayList<>();
        for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
            if (methods.isEmpty()) {
                routes.add(new Route(HttpMethod.GET, pattern.getPatternString()));
            }
            methods.forEach(method -> routes.add(new Route(method.asHttpMethod(), pattern.getPatternString())));
        }
        return routes;
    }

    /** Collects the methods and paths a router function's predicates name (and-ed together per route). */
    private static final class RoutesOfRouter implements RouterFunctions.Visitor {

        private final Set<Route> routes;

        RoutesOfRouter(Set<Route> routes) {
            this.routes = routes;
        }

        @Override
        public void startNested(RequestPredicate predicate) {
        }

        @Override
        public void endNested(RequestPredicate predicate) {
        }

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
            Set<HttpMethod> methods = new LinkedHashSet<>();
            Set<String> paths = new LinkedHashSet<>();
            predicate.accept(new RequestPredicates.Visitor() {
                @Override
                public void method(Set<HttpMethod> named) {
                    methods.addAll(named);
                }

                @Override
                public void path(String pattern) {
                    paths.add(pattern);
                }

                @Override
                public void pathExtension(String extension) {
                }

                @Override
                public void header(String name, String value) {
                }

                @Override
                public void queryParam(String name, String value) {
                }

                @Override
                public void version(String version) {
                }

                @Override
                public void startAnd() {
                }

                @Override
                public void and() {
                }

                @Override
                public void endAnd() {
                }

                @Override
                public void startOr() {
                }

                @Override
                public void or() {
                }

                @Override
                public void endOr() {
                }

                @Override
                public void startNegate() {
                }

                @Override
                public void endNegate() {
                }

                @Override
                public void unknown(RequestPredicate unknown) {
                }
            });
            Set<HttpMethod> named = methods.isEmpty() ? Set.of(HttpMethod.GET) : methods;
            paths.forEach(path -> named.forEach(method -> routes.add(new Route(method, path))));
        }

        @Override
        public void resources(Function<ServerRequest, reactor.core.publisher.Mono<org.springframework.core.io.Resource>> lookup) {
        }

        @Override
        public void attributes(java.util.Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
        }
    }
}
