package dev.switchboard.application.port.in.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The application roles (app-only permissions) that a token's {@code roles} claim can grant, spelled as Microsoft
 * spells them in real tokens (graph-api §8). {@code CallRecords.ReadWrite.All} is ours: Graph has no writable
 * callRecords, Switchboard seeds them.
 */
public enum Role {
    CALLS_INITIATE_ALL("Calls.Initiate.All"),
    CALLS_INITIATE_GROUP_CALL_ALL("Calls.InitiateGroupCall.All"),
    CALLS_JOIN_GROUP_CALL_ALL("Calls.JoinGroupCall.All"),
    CALLS_JOIN_GROUP_CALL_AS_GUEST_ALL("Calls.JoinGroupCallAsGuest.All"),
    CALLS_ACCESS_MEDIA_ALL("Calls.AccessMedia.All"),
    CALL_RECORDS_READ_ALL("CallRecords.Read.All"),
    CALL_RECORDS_READ_WRITE_ALL("CallRecords.ReadWrite.All");

    private final String graphName;

    Role(String graphName) {
        this.graphName = graphName;
    }

    /** The name as it appears in a token, e.g. {@code Calls.Initiate.All}. */
    public String graphName() {
        return graphName;
    }

    /**
     * The role a token names, compared case-insensitively as §8 asks (the docs themselves spell
     * {@code Calls.JoinGroupCallasGuest.All}); empty for a name Switchboard does not know.
     */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.graphName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return graphName;
    }
}
