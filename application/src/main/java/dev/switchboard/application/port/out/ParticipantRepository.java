package dev.switchboard.application.port.out;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.participant.Participant;

import java.util.List;
import java.util.Optional;

/**
 * Where participants are kept, each its own aggregate. Participants who left stay stored (their {@code removedState}
 * set) so an ended call's record can name them; the roster queries show only those present.
 */
public interface ParticipantRepository {

    /**
     * Stores a new participant and returns it at version 1.
     *
     * @throws ConflictException when the call already has a participant with this id
     */
    Participant insert(Participant participant);

    /**
     * Replaces a stored participant if it is still at {@code participant.version()}; returns it one version higher.
     *
     * @throws ConflictException when the stored participant has moved on since it was read
     */
    Participant update(Participant participant);

    /** Any participant of the call, present or left. */
    Optional<Participant> find(TenantId tenantId, CallId callId, ParticipantId id);

    /**
     * The tenant's {@link Call} with the participant {@code id} of that call (present or left, or none), read in one
     * round trip; empty when the tenant has no such call. Whether either may be shown is the caller's to decide.
     */
    Optional<ParticipantOfCall> findWithCall(TenantId tenantId, CallId callId, ParticipantId id);

    /** Up to {@code limit} participants present in the call with ids after {@code after}, ordered by id. */
    List<Participant> findPresent(TenantId tenantId, CallId callId, Optional<ParticipantId> after, int limit);

    /** How many participants are present in the call. */
    int countPresent(TenantId tenantId, CallId callId);

    /** Every participant the call ever had, present or left, ordered by id: what its record is made from. */
    List<Participant> findAll(TenantId tenantId, CallId callId);
}
