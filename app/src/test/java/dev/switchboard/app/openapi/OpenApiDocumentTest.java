package dev.switchboard.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.app.security.ExposedRoutes;
import dev.switchboard.app.security.ExposedRoutes.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document describes every Graph route the application serves (read from its handler mappings, as the
 * security tests read them), with a schema for what it answers and Graph's error envelope for what may go wrong.
 */
class OpenApiDocumentTest extends RestClientSupport {

    private static final String API_DOCS = "/v3/api-docs";

    @Autowired
    ApplicationContext context;

    @Test
    void every_graph_route_of_the_application_is_in_the_document() {
        Set<Route> graphRoutes = graphRoutes();
        JsonNode paths = document().path("paths");

        List<String> missing = new ArrayList<>();
        for (Route route : graphRoutes) {
            JsonNode operation = paths.path(documented(route.template()))
                    .path(route.method().name().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                missing.add(route.toString());
            }
        }
        assertThat(graphRoutes).hasSizeGreaterThan(20);
        assertThat(missing).as("routes the document leaves out").isEmpty();
    }

    @Test
    void the_document_describes_nothing_the_application_does_not_serve() {
        Set<String> served = graphRoutes().stream()
                .map(route -> route.method().name().toLowerCase(Locale.ROOT) + " " + documented(route.template()))
                .collect(Collectors.toSet());
        List<String> documented = new ArrayList<>();
        document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                documented.add(method.getKey() + " " + path.getKey())));

        assertThat(documented).isNotEmpty().allSatisfy(operation -> assertThat(served).contains(operation));
    }

    @Test
    void every_operation_names_its_answer_and_its_errors_in_graphs_envelope() {
        JsonNode document = document();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode responses = method.getValue().path("responses");
            String operation = method.getKey() + " " + path.getKey();
            assertThat(responses.properties().stream().map(e -> e.getKey()).filter(s -> s.startsWith("2")))
                    .as("%s answers a 2xx", operation).hasSize(1);
            for (String status : List.of("400", "401", "403", "404")) {
                assertThat(responses.path(status).at("/content/application~1json/schema/$ref").asString(""))
                        .as("%s: %s", operation, status).isEqualTo("#/components/schemas/GraphError");
            }
        }));
        assertThat(document.at("/components/schemas/GraphError/properties/error/properties/code/type").asString())
                .isEqualTo("string");
        assertThat(document.at("/components/schemas/CallJson/properties").has("callbackUri")).isTrue();
        assertThat(document.at("/paths/~1{version}~1communications~1calls/post/responses/201/content/"
                + "application~1json/schema/$ref").asString()).isEqualTo("#/components/schemas/CallJson");
        assertThat(document.at("/paths/~1{version}~1communications~1calls~1{callId}~1participants~1invite/post/"
                + "responses/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/OperationJson");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void the_graph_context_of_a_request_is_no_parameter_and_the_version_is_one_of_two() {
        JsonNode get = document().at("/paths/~1{version}~1communications~1calls~1{callId}/get");
        List<String> parameters = new ArrayList<>();
        get.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asString()));

        assertThat(parameters).contains("version", "callId", "$select").doesNotContain("request");
        assertThat(get.at("/parameters/0/schema/enum").toString()).contains("v1.0", "beta");
    }

    @Test
    void with_the_local_issuer_the_document_and_swagger_ui_answer_without_a_token() {
        assertThat(sendAs(null, HttpMethod.GET, API_DOCS, null).status()).isEqualTo(200);
        assertThat(sendAs(null, HttpMethod.GET, "/swagger-ui.html", null).status()).isLessThan(400);
        // the operations it describes still need one
        sendAs(null, HttpMethod.GET, CALLS, null).expectError(401, "InvalidAuthenticationToken");
    }

    private Set<Route> graphRoutes() {
        return ExposedRoutes.of(context).stream().filter(route -> route.template().startsWith("/{version"))
                .collect(Collectors.toSet());
    }

    private JsonNode document() {
        return sendAs(null, HttpMethod.GET, API_DOCS, null).expect(200).json();
    }

    /** How OpenAPI writes a Spring path template: variables without their regular expressions. */
    private static String documented(String template) {
        return template.replaceAll("\\{([^}:]+):[^}]*}", "{$1}").replace("\\", "");
    }
}
