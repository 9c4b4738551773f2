package dev.switchboard.application.port.out;

import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;

import java.time.Instant;
import java.util.Optional;

/**
 * Where call records are kept, with their sessions and segments. A record's Graph {@code version} is also its
 * concurrency version: the domain sets it, the repository only checks it.
 */
public interface CallRecordRepository {

    /**
     * Stores a new record as it is.
     *
     * @throws ConflictException when the tenant already has a record with this id
     */
    CallRecord insert(CallRecord record);

    /**
     * Replaces a stored record with {@code revised}, if the stored one is still at {@code readVersion}.
     *
     * @throws ConflictException when the stored record has moved on since it was read
     */
    CallRecord update(CallRecord revised, long readVersion);

    /** The record with its sessions and segments. */
    Optional<CallRecord> find(TenantId tenantId, CallRecordId id);

    /**
     * Deletes, with their sessions and segments, up to {@code limit} records of any tenant that were stored before
     * {@code cutoff}: the retention purge.
     *
     * @return how many records were deleted
     */
    int purgeStoredBefore(Instant cutoff, int limit);
}
