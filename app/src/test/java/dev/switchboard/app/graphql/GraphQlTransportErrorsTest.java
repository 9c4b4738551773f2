package dev.switchboard.app.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * GraphQL over HTTP refuses what it cannot read in GraphQL's own shape, {@code {"errors": [...]}} with a code, and
 * an HTTP status that says why; never an empty body, nor the REST adapter's envelope.
 */
class GraphQlTransportErrorsTest extends RestClientSupport {

    private static final String QUERY = "{\"query\": \"{ calls(first: 1) { pageInfo { hasNextPage } } }\"}";

    @Test
    void a_body_that_is_not_json_is_400_with_errors() {
        Response truncated = send(HttpMethod.POST, "/graphql", "{\"query\": \"{ calls", h -> { });
        Response notAnObject = send(HttpMethod.POST, "/graphql", "[1]", h -> { });
        Response jsonNull = send(HttpMethod.POST, "/graphql", "null", h -> { });

        expectErrors(truncated, 400, "BadRequest");
        assertThat(message(truncated)).startsWith("The request body is not a GraphQL request");
        expectErrors(notAnObject, 400, "BadRequest");
        expectErrors(jsonNull, 400, "BadRequest");
    }

    @Test
    void another_media_type_is_415_and_another_method_405_with_errors() {
        Response text = sendBytes(HttpMethod.POST, "/graphql", MediaType.TEXT_PLAIN, QUERY.getBytes(StandardCharsets.UTF_8));
        Response get = send(HttpMethod.GET, "/graphql", null, h -> { });
        Response put = send(HttpMethod.PUT, "/graphql", QUERY, h -> { });

        expectErrors(text, 415, "UnsupportedMediaType");
        expectErrors(get, 405, "MethodNotAllowed");
        expectErrors(put, 405, "MethodNotAllowed");
        assertThat(put.headers().getAllow()).containsExactly(HttpMethod.POST);
    }

    @Test
    void a_body_over_256_kilobytes_is_413_with_errors() {
        String padding = "x".repeat(256 * 1024);

        Response tooLarge = send(HttpMethod.POST, "/graphql",
                "{\"query\": \"{ calls { pageInfo { hasNextPage } } }\", \"padding\": \"" + padding + "\"}", h -> { });

        expectErrors(tooLarge, 413, "RequestEntityTooLarge");
    }

    @Test
    void a_good_request_still_answers_data() {
        Response answer = send(HttpMethod.POST, "/graphql", QUERY, h -> { }).expect(200);

        assertThat(answer.json().at("/data/calls/pageInfo/hasNextPage").isBoolean()).isTrue();
        assertThat(answer.json().has("errors")).isFalse();
    }

    private static void expectErrors(Response answer, int status, String code) {
        answer.expect(status);
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).as("errors in %s", answer.raw()).isNotNull();
        assertThat(errors.get(0).at("/extensions/code").asString()).isEqualTo(code);
        assertThat(answer.json().has("error")).as("not the REST envelope").isFalse();
    }

    private static String message(Response answer) {
        return answer.json().get("errors").get(0).get("message").asString();
    }
}
