package dev.switchboard.application.port.in.access;

import static dev.switchboard.application.port.in.access.Role.CALLS_ACCESS_MEDIA_ALL;
import static dev.switchboard.application.port.in.access.Role.CALLS_INITIATE_ALL;
import static dev.switchboard.application.port.in.access.Role.CALLS_INITIATE_GROUP_CALL_ALL;
import static dev.switchboard.application.port.in.access.Role.CALLS_JOIN_GROUP_CALL_ALL;
import static dev.switchboard.application.port.in.access.Role.CALLS_JOIN_GROUP_CALL_AS_GUEST_ALL;
import static dev.switchboard.application.port.in.access.Role.CALL_RECORDS_READ_ALL;
import static dev.switchboard.application.port.in.access.Role.CALL_RECORDS_READ_WRITE_ALL;

import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.NewCall;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Graph's permission table (graph-api §8), one row per constant: what a request needs, granted by <em>any one</em>
 * of the listed roles. Both driving adapters name the permission of each of their endpoints with {@link Requires},
 * so REST and GraphQL refuse exactly the same callers.
 */
public enum Permission {

    /** Read, list, hang up and keep alive calls; list a call's roster; read and drive its operations. */
    CALLS(CALLS_INITIATE_ALL, CALLS_ACCESS_MEDIA_ALL),

    /**
     * Place a call of some kind: checked before the request body is read. What the body asks for then needs its own
     * permission, see {@link #toPlace(NewCall)}.
     */
    PLACE_CALLS(CALLS_INITIATE_ALL, CALLS_INITIATE_GROUP_CALL_ALL, CALLS_JOIN_GROUP_CALL_ALL,
            CALLS_JOIN_GROUP_CALL_AS_GUEST_ALL),

    /** Place a two-party call. */
    PLACE_PEER_TO_PEER_CALL(CALLS_INITIATE_ALL),

    /** Start a new group call. */
    PLACE_GROUP_CALL(CALLS_INITIATE_GROUP_CALL_ALL),

    /** Join an existing meeting. */
    JOIN_MEETING(CALLS_JOIN_GROUP_CALL_ALL, CALLS_JOIN_GROUP_CALL_AS_GUEST_ALL),

    /** Host the call's media in the application (app-hosted media): needed in addition to placing the call. */
    HOST_MEDIA(CALLS_ACCESS_MEDIA_ALL),

    /** Read, update, mute and remove one participant. */
    PARTICIPANTS(CALLS_JOIN_GROUP_CALL_ALL, CALLS_JOIN_GROUP_CALL_AS_GUEST_ALL),

    /** Bring parties into a call: {@code participants/invite} and the seed's {@code POST participants}. */
    INVITE_PARTICIPANTS(CALLS_INITIATE_GROUP_CALL_ALL),

    /** Read callRecords, their sessions and participants, and subscribe to their changes. */
    READ_CALL_RECORDS(CALL_RECORDS_READ_ALL, CALL_RECORDS_READ_WRITE_ALL),

    /** Create and update callRecords: Switchboard's seeding path, which Graph lacks. */
    WRITE_CALL_RECORDS(CALL_RECORDS_READ_WRITE_ALL);

    private final Set<Role> grantedBy;

    Permission(Role first, Role... more) {
        this.grantedBy = EnumSet.of(first, more);
    }

    /** The roles of which any one grants this permission. */
    public Set<Role> grantedBy() {
        return EnumSet.copyOf(grantedBy);
    }

    public boolean isGrantedByAnyOf(Set<Role> roles) {
        return roles.stream().anyMatch(grantedBy::contains);
    }

    /**
     * What placing this call needs: joining a meeting, starting a group call or calling one party, and hosting the
     * media too when the application asks to host it.
     */
    public static List<Permission> toPlace(NewCall call) {
        List<Permission> needed = new ArrayList<>();
        if (call.meetingInfo() != null) {
            needed.add(JOIN_MEETING);
        } else {
            needed.add(call.kind() == CallKind.PEER_TO_PEER ? PLACE_PEER_TO_PEER_CALL : PLACE_GROUP_CALL);
        }
        if (call.mediaConfig() instanceof MediaConfig.AppHosted) {
            needed.add(HOST_MEDIA);
        }
        return List.copyOf(needed);
    }
}
