package dev.switchboard.adapter.graphql.notification;

import dev.switchboard.adapter.graphql.GraphQlTestSupport;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A call's callback deliveries through GraphQL: each notification with its attempts, the receiver's answers. */
class CallbackDeliveryGraphQlTest extends GraphQlTestSupport {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private void attempted(String call, String notificationId, int number, Integer status, CallbackOutcome outcome) {
        ports.callbackDeliveries().record(new CallbackAttempt(TENANT, CallId.of(call), notificationId, number,
                T0.plusSeconds(number), "deleted", "/communications/calls/" + call + "/operations/op-1",
                Optional.ofNullable(status), outcome));
    }

    @Test
    void a_delivery_shows_its_attempts_the_receivers_answers_and_what_came_of_it() {
        String call = createCall();
        attempted(call, "n-1", 1, 500, CallbackOutcome.RETRYING);
        attempted(call, "n-1", 2, null, CallbackOutcome.RETRYING);
        attempted(call, "n-1", 3, 202, CallbackOutcome.DELIVERED);

        GraphQlTester.Response response = run("callbackDeliveries", Map.of("callId", call));

        response.errors().verify();
        response.path("callbackDeliveries[0]").entity(Map.class).satisfies(delivery -> assertThat(delivery)
                .containsEntry("notificationId", "n-1")
                .containsEntry("changeType", "deleted")
                .containsEntry("resourceUrl", "/communications/calls/" + call + "/operations/op-1")
                .containsEntry("outcome", "delivered")
                .containsEntry("attemptCount", 3)
                .containsEntry("retries", 2)
                .containsEntry("lastStatusCode", 202)
                .containsEntry("lastAttemptedAt", "2025-03-01T09:00:03Z"));
        response.path("callbackDeliveries[0].attempts[*].statusCode").entityList(Object.class)
                .isEqualTo(java.util.Arrays.asList(500, null, 202));
        response.path("callbackDeliveries[0].attempts[*].outcome").entityList(String.class)
                .isEqualTo(List.of("retrying", "retrying", "delivered"));
    }

    @Test
    void a_given_up_notification_says_so() {
        String call = createCall();
        attempted(call, "n-2", 1, 503, CallbackOutcome.GIVEN_UP);

        run("callbackDeliveries", Map.of("callId", call)).path("callbackDeliveries[0].outcome")
                .entity(String.class).isEqualTo("givenUp");
    }

    @Test
    void a_call_without_notifications_has_an_empty_list() {
        run("callbackDeliveries", Map.of("callId", createCall())).path("callbackDeliveries")
                .entityList(Object.class).hasSize(0);
    }

    @Test
    void an_unknown_call_is_not_found() {
        refused(run("callbackDeliveries", Map.of("callId", "no-such-call")), "NOT_FOUND", "itemNotFound");
    }
}
