package dev.switchboard.application.port.out;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;

import java.util.List;
import java.util.Optional;

/**
 * Where calls are kept. Writes are optimistic: each returns the stored call with its version raised by one.
 */
public interface CallRepository {

    /**
     * Stores a new call.
     *
     * @throws ConflictException when the tenant already has a call with this id
     */
    Call insert(Call call);

    /**
     * Replaces a stored call, if it is still at {@code call.version()}.
     *
     * @throws ConflictException when the stored call has moved on (or is gone) since it was read
     */
    Call update(Call call);

    Optional<Call> find(TenantId tenantId, CallId id);

    /** Up to {@code limit} of the tenant's calls with ids after {@code after}, ordered by id. */
    List<Call> findPage(TenantId tenantId, Optional<CallId> after, int limit);
}
