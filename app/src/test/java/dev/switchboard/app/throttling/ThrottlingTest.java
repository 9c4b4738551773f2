package dev.switchboard.app.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.application.port.in.access.Role;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.models.CallCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import reactor.core.publisher.Mono;

/**
 * graph-api §7.5 with small limits: two calls requests per application in a tenant every twenty seconds (long enough that a busy machine cannot refill the bucket between requests). The third in
 * a row is refused with {@code 429 TooManyRequests} and an integer {@code Retry-After}; another tenant is not held up;
 * and the official Graph SDK, whose retry handler honours {@code Retry-After}, gets its answer anyway.
 */
@TestPropertySource(properties = {
        "switchboard.throttling.calls-per-application-in-tenant.requests=2",
        "switchboard.throttling.calls-per-application-in-tenant.per=20s"})
class ThrottlingTest extends RestClientSupport {

    @Test
    void the_request_over_the_limit_is_refused_with_429_and_a_retry_after_in_whole_seconds() {
        String token = aTenantsToken();
        sendAs(token, HttpMethod.GET, CALLS, null).expect(200);
        sendAs(token, HttpMethod.GET, CALLS, null).expect(200);

        Response refused = sendAs(token, HttpMethod.GET, CALLS, null);

        refused.expectError(429, "TooManyRequests");
        assertThat(refused.headers().getFirst("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.text("/error/innerError/code")).isEqualTo("429");
        assertThat(refused.errorMessage()).contains("calls limit");
    }

    @Test
    void the_limit_of_one_tenant_does_not_hold_up_another_nor_other_resources() {
        String busy = aTenantsToken();
        for (int i = 0; i < 3; i++) {
            sendAs(busy, HttpMethod.GET, CALLS, null);
        }

        sendAs(aTenantsToken(), HttpMethod.GET, CALLS, null).expect(200);
        sendAs(busy, HttpMethod.GET, RECORDS, null).expect(200);
    }

    @Test
    void the_graph_sdk_retry_handler_waits_as_told_and_gets_its_answer() {
        String token = aTenantsToken();
        sendAs(token, HttpMethod.GET, CALLS, null).expect(200);
        sendAs(token, HttpMethod.GET, CALLS, null).expect(200);
        sendAs(token, HttpMethod.GET, CALLS, null).expectError(429, "TooManyRequests");

        CallCollectionResponse calls = sdkWith(token).communications().calls().get();

        assertThat(calls.getValue()).isEmpty();
    }

    private String aTenantsToken() {
        return tokens().forTenant(UUID.randomUUID().toString(), Role.values());
    }

    private GraphServiceClient sdkWith(String token) {
        TokenCredential credential = request -> Mono.just(new AccessToken(token, OffsetDateTime.now().plusHours(1)));
        GraphServiceClient graph = new GraphServiceClient(new AzureIdentityAuthenticationProvider(credential,
                new String[] {"localhost"}, "api://switchboard/.default"));
        graph.getRequestAdapter().setBaseUrl(base() + "/v1.0");
        return graph;
    }
}
