package dev.switchboard.domain.identity;

import org.junit.jupiter.api.Test;

import static dev.switchboard.domain.testing.IdentitySetBuilder.anIdentitySet;
import static dev.switchboard.domain.testing.TestData.aGuest;
import static dev.switchboard.domain.testing.TestData.aPhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An identity set is emitted as {@code identitySet} or {@code communicationsIdentitySet} (API notes §4.5): a set that
 * uses a slot only the communications subtype has is always a communications set, so typed clients bind it.
 */
class IdentitySetTest {

    private static final Identity ALICE = new PlainIdentity("alice", "Alice", null);

    @Test
    void a_set_with_only_user_application_and_device_is_a_plain_identity_set() {
        assertThat(IdentitySet.ofUser(ALICE).kind()).isEqualTo(IdentitySetKind.PLAIN);
    }

    @Test
    void a_set_whose_kind_is_not_given_is_plain() {
        assertThat(anIdentitySet().withUser(ALICE).build().kind()).isEqualTo(IdentitySetKind.PLAIN);
    }

    @Test
    void using_phone_makes_it_a_communications_identity_set() {
        assertThat(aPhone("+441234567890").kind()).isEqualTo(IdentitySetKind.COMMUNICATIONS);
    }

    @Test
    void using_guest_makes_it_a_communications_identity_set() {
        assertThat(aGuest("guest@example.com").kind()).isEqualTo(IdentitySetKind.COMMUNICATIONS);
    }

    @Test
    void a_communications_slot_wins_over_a_plain_kind_the_client_asked_for() {
        IdentitySet set = anIdentitySet().ofKind(IdentitySetKind.PLAIN)
                .withPhone(new CommunicationsPhoneIdentity("+441234567890", null, null)).build();

        assertThat(set.kind()).isEqualTo(IdentitySetKind.COMMUNICATIONS);
    }

    @Test
    void so_does_an_endpoint_type_or_an_application_instance() {
        assertThat(anIdentitySet().withEndpointType(EndpointType.DEFAULT).build().kind())
                .isEqualTo(IdentitySetKind.COMMUNICATIONS);
        assertThat(anIdentitySet().withApplicationInstance(
                new CommunicationsApplicationInstanceIdentity("bot-instance", null, true, "tenant", null)).build().kind())
                .isEqualTo(IdentitySetKind.COMMUNICATIONS);
    }

    @Test
    void a_client_may_ask_for_a_communications_set_without_using_its_slots() {
        IdentitySet set = anIdentitySet().ofKind(IdentitySetKind.COMMUNICATIONS).withUser(ALICE).build();

        assertThat(set.kind()).isEqualTo(IdentitySetKind.COMMUNICATIONS);
    }

    @Test
    void the_principal_is_the_user_then_the_application_then_any_identity() {
        Identity bot = new PlainIdentity("bot", "Bot", null);
        Identity phone = new CommunicationsPhoneIdentity("+441234567890", null, null);

        assertThat(anIdentitySet().withApplication(bot).withUser(ALICE).build().principalId()).isEqualTo("alice");
        assertThat(anIdentitySet().withApplication(bot).withPhone(phone).build().principalId()).isEqualTo("bot");
        assertThat(anIdentitySet().withPhone(phone).build().principalId()).isEqualTo("+441234567890");
        assertThat(anIdentitySet().withUser(new PlainIdentity(null, "Anonymous", null)).build().principalId()).isNull();
    }

    @Test
    void the_identities_are_listed_base_slots_first() {
        Identity guest = new CommunicationsGuestIdentity("g", null, "g@example.com", null);
        IdentitySet set = anIdentitySet().withGuest(guest).withDevice(ALICE).build();

        assertThat(set.identities()).containsExactly(ALICE, guest);
    }
}
