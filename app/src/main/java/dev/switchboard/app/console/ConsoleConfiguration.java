package dev.switchboard.app.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web console at {@code /console}: static files (HTML, CSS, a few JavaScript modules) that hold no data. The page
 * talks to the public GraphQL endpoint with the token its user gives it, like any other client, so it has no back door:
 * without a token it sees nothing. Like GraphiQL, the page itself is public only while the local issuer is on
 * ({@code SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration {

    /** The console's page; its scripts and styles are under it. */
    public static final String PATH = "/console";

    private static final ClassPathResource PAGE = new ClassPathResource("console/index.html");

    @Bean
    RouterFunction<ServerResponse> console() {
        return RouterFunctions.route()
                .GET(PATH, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(PAGE))
                .build()
                .and(RouterFunctions.resources(PATH + "/**", new ClassPathResource("console/")));
    }
}
