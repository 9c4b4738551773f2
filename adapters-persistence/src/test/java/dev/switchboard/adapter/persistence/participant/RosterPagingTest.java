package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.RemovedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's roster of a few thousand participants, a fifth of whom have left, paged as clients page it (101 rows for a
 * page of 100): everyone present exactly once, in id order, and nobody who left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RosterPagingTest {

    static final int PARTICIPANTS = 2_500;
    static final int PAGE = 100;

    final TenantId tenant = Tenants.random();
    final CallId call = Ids.callId();
    final List<Participant> present = new ArrayList<>();

    abstract JdbcPersistence persistence();

    abstract DataSource dataSource();

    @BeforeAll
    void aCallWithThousandsOfParticipantsAFifthOfWhomLeft() {
        List<Participant> everyone = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            // one small identity each, so that thousands load quickly
            Participant participant = aParticipant().tenant(tenant).call(call)
                    .identity(Identities.aUser("user-" + i, "User " + i)).build();
            everyone.add(i % 5 == 0 ? participant.remove(new RemovedState("left"), T0.plusSeconds(60)) : participant);
        }
        persistence().transactions().inTransaction(() -> {
            everyone.forEach(persistence().participants()::insert);
            return null;
        });
        everyone.stream().filter(Participant::isPresent).map(participant -> participant.withVersion(1))
                .sorted(Comparator.comparing(participant -> participant.id().value()))
                .forEach(present::add);
    }

    @AfterAll
    void removeTheCallsParticipants() {
        JdbcClient.create(dataSource()).sql("delete from participants where tenant_id = ?").param(tenant.value())
                .update();
    }

    @Test
    void paging_the_roster_shows_everyone_present_once_in_id_order() {
        List<Participant> seen = new ArrayList<>();
        Optional<ParticipantId> after = Optional.empty();
        List<Participant> page;
        do {
            page = persistence().participants().findPresent(tenant, call, after, PAGE + 1);
            List<Participant> shown = page.subList(0, Math.min(PAGE, page.size()));
            seen.addAll(shown);
            after = shown.isEmpty() ? after : Optional.of(shown.get(shown.size() - 1).id());
        } while (page.size() > PAGE);

        assertThat(seen).containsExactlyElementsOf(present);
    }

    @Test
    void the_count_is_of_those_present() {
        assertThat(persistence().participants().countPresent(tenant, call)).isEqualTo(present.size());
    }

    @Test
    void the_record_of_the_call_is_made_from_everyone_it_ever_had() {
        assertThat(persistence().participants().findAll(tenant, call)).hasSize(PARTICIPANTS)
                .isSortedAccordingTo(Comparator.comparing(participant -> participant.id().value()));
    }
}
