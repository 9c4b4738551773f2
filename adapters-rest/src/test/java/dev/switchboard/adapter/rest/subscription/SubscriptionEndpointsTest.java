package dev.switchboard.adapter.rest.subscription;

import dev.switchboard.adapter.rest.RestTestSupport;
import dev.switchboard.application.testing.inmemory.InMemoryPorts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory core's clock stands at 2026-11-25T09:30:15.123456Z; expiries are written relative to it. */
class SubscriptionEndpointsTest extends RestTestSupport {

    private static final String SUBSCRIPTIONS = V1 + "/subscriptions";
    private static final String IN_AN_HOUR = "2026-11-25T10:30:15Z";

    @Autowired
    InMemoryPorts store;

    private static String subscription(String expiry) {
        return json("""
                {'changeType': 'created,updated', 'notificationUrl': 'https://bot.example.test/notify',
                 'resource': '/communications/callRecords', 'expirationDateTime': 'EXPIRY',
                 'clientState': 'secretClientValue'}
                """).replace("EXPIRY", expiry);
    }

    @Test
    void a_subscription_is_created_with_201_after_the_handshake_and_reads_back() {
        Response created = post(SUBSCRIPTIONS, subscription(IN_AN_HOUR)).expect(201);

        String id = created.text("/id");
        assertThat(created.text("/@odata.context")).endsWith("/v1.0/$metadata#subscriptions/$entity");
        assertThat(created.headers().getLocation()).hasToString("http://localhost:" + port + SUBSCRIPTIONS + "/" + id);
        assertThat(created.text("/resource")).isEqualTo("/communications/callRecords");
        assertThat(created.text("/changeType")).isEqualTo("created,updated");
        assertThat(created.text("/notificationUrl")).isEqualTo("https://bot.example.test/notify");
        assertThat(created.text("/expirationDateTime")).isEqualTo(IN_AN_HOUR);
        assertThat(created.text("/clientState")).isEqualTo("secretClientValue");
        assertThat(created.json().has("applicationId")).isTrue();
        assertThat(get(SUBSCRIPTIONS + "/" + id).expect(200).text("/id")).isEqualTo(id);
        assertThat(get("/beta/subscriptions/" + id).expect(200).text("/@odata.context"))
                .endsWith("/beta/$metadata#subscriptions/$entity");
    }

    @Test
    void a_receiver_that_does_not_echo_the_token_gets_400_and_nothing_is_stored() {
        int before = store.subscriptionValidator().asked().size();
        store.subscriptionValidator().receiversConfirm(false);
        try {
            Response refused = post(SUBSCRIPTIONS, subscription(IN_AN_HOUR)).expect(400);

            assertThat(refused.errorCode()).isEqualTo("ValidationError");
            assertThat(refused.errorMessage()).contains("validation", "https://bot.example.test/notify");
            assertThat(store.subscriptionValidator().asked()).hasSize(before + 1);
        } finally {
            store.subscriptionValidator().receiversConfirm(true);
        }
    }

    @Test
    void an_expiry_in_the_past_or_beyond_4230_minutes_or_another_resource_is_refused_with_400() {
        post(SUBSCRIPTIONS, subscription("2020-01-01T00:00:00Z")).expect(400);
        post(SUBSCRIPTIONS, subscription("2026-12-30T00:00:00Z")).expect(400);
        Response wrongResource = post(SUBSCRIPTIONS, subscription(IN_AN_HOUR)
                .replace("/communications/callRecords", "/me/messages")).expect(400);
        assertThat(wrongResource.errorMessage()).contains("resource");
        Response missing = post(SUBSCRIPTIONS, "{}").expect(400);
        assertThat(missing.errorMessage()).contains("changeType", "notificationUrl", "resource", "expirationDateTime");
    }

    @Test
    void patch_renews_the_expiry_and_delete_removes_the_subscription() {
        String id = post(SUBSCRIPTIONS, subscription(IN_AN_HOUR)).expect(201).text("/id");

        Response renewed = patch(SUBSCRIPTIONS + "/" + id, "{\"expirationDateTime\": \"2026-11-26T09:00:00Z\"}")
                .expect(200);
        assertThat(renewed.text("/expirationDateTime")).isEqualTo("2026-11-26T09:00:00Z");
        assertThat(get(SUBSCRIPTIONS + "/" + id).expect(200).text("/expirationDateTime"))
                .isEqualTo("2026-11-26T09:00:00Z");

        delete(SUBSCRIPTIONS + "/" + id).expect(204);
        get(SUBSCRIPTIONS + "/" + id).expect(404);
        delete(SUBSCRIPTIONS + "/" + id).expect(404);
        patch(SUBSCRIPTIONS + "/" + id, "{\"expirationDateTime\": \"2026-11-26T09:00:00Z\"}").expect(404);
    }
}
