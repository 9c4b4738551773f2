package dev.switchboard.application.port.out;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;

/**
 * Numbers a call's roster changes. Graph stamps each participant with the roster version of its last change; the
 * numbers of one call only rise. A port of its own so that concurrent changes of two participants never have to
 * update one shared call row optimistically (and so never conflict).
 */
public interface RosterSequence {

    /**
     * The next roster number of the call: higher than every number handed out in committed work for that call (a
     * number drawn in a transaction that rolled back may be handed out again).
     */
    long next(TenantId tenantId, CallId callId);
}
