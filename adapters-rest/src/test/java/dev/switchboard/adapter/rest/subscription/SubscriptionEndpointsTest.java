package dev.switchboard.adapter.rest.subscription;

import dev.switchboard.adapter.rest.RestTestSupport;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.inmemory.InMemoryPorts;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionChangeType;
import dev.switchboard.domain.subscription.SubscriptionId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory core's clock stands at 2026-11-25T09:30:15.123456Z; expiries are written relative to it. The tests
 * share the server and its store, so a list is checked for what a test made, never for its total.
 */
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

    // ---- the list

    @Test
    void the_list_is_a_graph_collection_of_the_tenant_s_subscriptions_without_their_client_state() {
        String first = post(SUBSCRIPTIONS, subscription(IN_AN_HOUR)).expect(201).text("/id");
        String second = post(SUBSCRIPTIONS, subscription(IN_AN_HOUR)).expect(201).text("/id");

        Response list = get(SUBSCRIPTIONS).expect(200);

        assertThat(list.text("/@odata.context")).isEqualTo("http://localhost:" + port + "/v1.0/$metadata#subscriptions");
        assertThat(list.json().has("@odata.nextLink")).isFalse();
        assertThat(idsIn(list)).contains(first, second).doesNotHaveDuplicates();
        list.json().get("value").forEach(item -> {
            assertThat(item.get("resource").asString()).isEqualTo("/communications/callRecords");
            assertThat(item.has("clientState")).as("clientState is sent as null").isTrue();
            assertThat(item.get("clientState").isNull()).isTrue();
        });
        assertThat(get(SUBSCRIPTIONS + "/" + first).expect(200).text("/clientState")).isEqualTo("secretClientValue");
        assertThat(get(BETA + "/subscriptions").expect(200).text("/@odata.context")).endsWith("/beta/$metadata#subscriptions");
    }

    @Test
    void the_list_pages_with_odata_maxpagesize_and_next_links() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(post(SUBSCRIPTIONS, subscription(IN_AN_HOUR)).expect(201).text("/id"));
        }

        List<String> seen = new ArrayList<>();
        String next = SUBSCRIPTIONS;
        int pages = 0;
        while (next != null) {
            Response page = send(HttpMethod.GET, next, null, h -> h.add("Prefer", "odata.maxpagesize=2")).expect(200);
            assertThat(page.json().get("value").size()).isLessThanOrEqualTo(2);
            assertThat(page.headers().getFirst("Preference-Applied")).isEqualTo("odata.maxpagesize=2");
            seen.addAll(idsIn(page));
            next = page.text("/@odata.nextLink");
            assertThat(next == null || next.startsWith("http://localhost:" + port + SUBSCRIPTIONS + "?$skiptoken="))
                    .as("next link %s", next).isTrue();
            assertThat(++pages).isLessThan(100);
        }

        assertThat(pages).isGreaterThan(1);
        assertThat(seen).containsAll(created).doesNotHaveDuplicates();
    }

    @Test
    void another_tenant_s_subscription_is_not_listed_and_answers_404_to_every_method() {
        Subscription theirs = store.subscriptions().insert(stored(Tenants.random(), Instant.parse(IN_AN_HOUR)));
        String uri = SUBSCRIPTIONS + "/" + theirs.id();

        assertThat(idsIn(get(SUBSCRIPTIONS).expect(200))).doesNotContain(theirs.id().value());
        assertThat(get(uri).expect(404).errorCode()).isEqualTo("itemNotFound");
        patch(uri, "{\"expirationDateTime\": \"2026-11-26T09:00:00Z\"}").expect(404);
        delete(uri).expect(404);
        assertThat(store.subscriptions().find(theirs.tenantId(), theirs.id())).contains(theirs);
    }

    @Test
    void an_expired_subscription_is_not_listed_and_answers_404_to_every_method() {
        Subscription expired = store.subscriptions().insert(stored(TENANT, Instant.parse("2026-11-25T09:30:15Z")));
        String uri = SUBSCRIPTIONS + "/" + expired.id();

        assertThat(idsIn(get(SUBSCRIPTIONS).expect(200))).doesNotContain(expired.id().value());
        get(uri).expect(404);
        patch(uri, "{\"expirationDateTime\": \"2026-11-26T09:00:00Z\"}").expect(404);
        delete(uri).expect(404);
        assertThat(store.subscriptions().find(TENANT, expired.id())).contains(expired);
    }

    @Test
    void an_id_no_subscription_could_have_answers_404() {
        String tooLong = "x".repeat(300);

        assertThat(get(SUBSCRIPTIONS + "/" + tooLong).expect(404).errorCode()).isEqualTo("itemNotFound");
        get(SUBSCRIPTIONS + "/bad%01id").expect(404);
        delete(SUBSCRIPTIONS + "/" + tooLong).expect(404);
        patch(SUBSCRIPTIONS + "/" + tooLong, "{\"expirationDateTime\": \"2026-11-26T09:00:00Z\"}").expect(404);
    }

    @Test
    void the_list_refuses_query_options_and_page_tokens_it_did_not_issue() {
        Response top = get(SUBSCRIPTIONS + "?$top=5").expect(400);
        assertThat(top.errorCode()).isEqualTo("BadRequest");
        assertThat(top.errorMessage()).startsWith("$top: is not supported on this resource");
        assertThat(get(SUBSCRIPTIONS + "?$filter=resource%20eq%20'x'").expect(400).errorMessage()).startsWith("$filter");
        assertThat(get(SUBSCRIPTIONS + "?$skiptoken=bm9wZQ").expect(400).errorMessage())
                .isEqualTo("$skiptoken: is not a page token this list issued");
        assertThat(get(SUBSCRIPTIONS + "?custom=ignored").status()).isEqualTo(200);
    }

    /** The default caller's tenant, as {@code switchboard.rest.default-tenant-id} defaults to. */
    private static final TenantId TENANT = TenantId.of("00000000-0000-0000-0000-000000000001");

    private static Subscription stored(TenantId tenant, Instant expiry) {
        return new Subscription(tenant, SubscriptionId.of(UUID.randomUUID().toString()), Subscription.CALL_RECORDS,
                Set.of(SubscriptionChangeType.CREATED), URI.create("https://bot.example.test/notify"), expiry,
                Optional.of("theirs"), "another-app", Optional.empty(), 1);
    }

    private static List<String> idsIn(Response page) {
        List<String> ids = new ArrayList<>();
        page.json().get("value").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
