package dev.switchboard.domain.testing;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.identity.CommunicationsGuestIdentity;
import dev.switchboard.domain.identity.CommunicationsPhoneIdentity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.participant.InvitationParticipantInfo;

import java.time.Instant;
import java.util.List;

/** The fixed names and moments the tests share: one tenant, one call, one morning. */
public final class TestData {

    public static final TenantId TENANT = TenantId.of("tenant-contoso");
    public static final CallId CALL_ID = CallId.of("call-1");
    public static final String CALL_CHAIN_ID = "chain-1";
    public static final ParticipantId BOT = ParticipantId.of("p-bot");
    public static final String CALLBACK_URI = "https://bot.example.com/callback";
    /** "Now" in the tests: micro-precise, so what goes in comes back unchanged. */
    public static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private TestData() {
    }

    public static Instant minutesAfterT0(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    public static IdentitySet aUser(String id) {
        return IdentitySet.ofUser(new PlainIdentity(id, "User " + id, null));
    }

    public static IdentitySet theBot() {
        return IdentitySet.ofApplication(new PlainIdentity("bot-app", "Switchboard bot", null));
    }

    public static IdentitySet aPhone(String number) {
        return IdentitySetBuilder.anIdentitySet().withPhone(new CommunicationsPhoneIdentity(number, null, null)).build();
    }

    public static IdentitySet aGuest(String email) {
        return IdentitySetBuilder.anIdentitySet()
                .withGuest(new CommunicationsGuestIdentity("guest-" + email, "Guest", email, null)).build();
    }

    public static InvitationParticipantInfo anInvitee(String userId) {
        return InvitationParticipantInfo.of(aUser(userId));
    }

    /** The paths an {@link InvalidInputException} names, in order. */
    public static List<String> pathsOf(InvalidInputException e) {
        return e.errors().stream().map(FieldError::path).toList();
    }
}
