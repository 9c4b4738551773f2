package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A smoke run of the same application on the local PostgreSQL ({@link PostgresClientSupport}): schema, the whole call
 * flow, and the call-record list's filters and pages.
 */
class PostgresEndToEndTest extends PostgresClientSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void the_application_runs_on_postgresql_in_its_own_schema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getSchema()).isEqualTo(LocalPostgres.SCHEMA);
        }
    }

    @Test
    void a_call_goes_from_creation_through_an_invitation_to_its_record() {
        String callId = createGroupCall();
        String chainId = get(call(callId)).expect(200).text("/callChainId");
        addParticipant(callId);
        String invitee = aUserId();

        Response invited = invite(callId, invitee);
        assertThat(rosterUserIds(callId)).doesNotContain(invitee);
        Response completed = patch(invited.location(), json("{'status': 'Completed'}")).expect(200);
        List<String> roster = rosterUserIds(callId);
        delete(call(callId)).expect(204);

        assertThat(completed.text("/status")).isEqualTo("Completed");
        assertThat(roster).contains(invitee, "c0ffee00-1111-4222-8333-444455556666");
        assertThat(get(call(callId)).expect(200).text("/state")).isEqualTo("terminated");
        refusedWithoutChange(call(callId), () -> post(call(callId) + "/keepAlive", null)).expectError(409, "conflict");
        Response record = get(RECORDS + "/" + chainId + "?$expand=sessions($expand=segments)").expect(200);
        assertThat(record.text("/type")).isEqualTo("groupCall");
        assertThat(record.json().get("sessions")).hasSize(roster.size());
        assertThat(ids(allPages(RECORDS + "?" + filter("participants_v2/any(p:p/id eq '" + invitee + "')"), 60)))
                .containsExactly(chainId);
    }

    @Test
    void call_records_are_filtered_and_paged_on_postgresql() {
        Instant start = aTimeOfItsOwn();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createRecord(start.plusSeconds(i)).text("/id"));
        }
        createRecord(start.plusSeconds(3600));
        String window = RECORDS + "?" + filter("startDateTime ge " + start + " and startDateTime lt " + start.plusSeconds(60));

        List<Response> pages = allPages(window, 2);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).text("/@odata.nextLink")).startsWith(base() + window + "&$skiptoken=");
        assertThat(ids(pages)).containsExactlyInAnyOrderElementsOf(created);
        String uri = RECORDS + "/" + created.get(0);
        assertThat(patch(uri, json("{'joinWebUrl': 'https://teams.example.test/pg'}")).expect(200).number("/version")).isEqualTo(2);
        refusedWithoutChange(uri, () -> patch(uri, json("{'version': 2, 'type': 'peerToPeer'}"))).expectError(409, "conflict");
    }
}
