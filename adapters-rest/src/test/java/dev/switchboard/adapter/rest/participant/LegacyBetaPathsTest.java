package dev.switchboard.adapter.rest.participant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.RestTestSupport;

import org.junit.jupiter.api.Test;

/** Seed 003's deprecated beta roots, served as aliases of {@code /beta/communications/calls}. */
class LegacyBetaPathsTest extends RestTestSupport {

    private static final String OWN_APPLICATION = "00000000-0000-0000-0000-000000000002";

    @Test
    void the_app_singleton_root_adds_a_participant_and_says_it_is_deprecated() {
        String callId = createCall();

        Response created = post(BETA + "/app/calls/" + callId + "/participants", seed("003-beta-create-participant.request.json")).expect(201);

        assertThat(created.headers().getFirst("Deprecation")).isEqualTo("true");
        assertThat(created.headers().getLocation()).hasToString("http://localhost:" + port
                + "/beta/communications/calls/" + callId + "/participants/" + created.text("/id"));
        get(BETA + "/app/calls/" + callId + "/participants/" + created.text("/id")).expect(200);
    }

    @Test
    void the_applications_root_serves_the_callers_own_application() {
        String callId = createCall();

        post(BETA + "/applications/" + OWN_APPLICATION + "/calls/" + callId + "/participants",
                seed("003-beta-create-participant.request.json")).expect(201);
        get(BETA + "/applications/" + OWN_APPLICATION.toUpperCase() + "/calls/" + callId).expect(200);
    }

    @Test
    void the_applications_root_refuses_another_application_with_403() {
        String callId = createCall();

        Response refused = unchanged(participants(callId), () -> post(BETA + "/applications/11111111-2222-3333-4444-555555555555/calls/"
                + callId + "/participants", seed("003-beta-create-participant.request.json")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("Forbidden");
    }

    @Test
    void the_legacy_roots_exist_on_beta_only() {
        String callId = createCall();

        get(V1 + "/app/calls/" + callId).expect(404);
    }
}
