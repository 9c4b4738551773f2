package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.PurgeExpiredCallRecordsUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;

import java.time.Instant;

class PurgeExpiredCallRecordsService implements PurgeExpiredCallRecordsUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    PurgeExpiredCallRecordsService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public int purgeExpired(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the purge limit is positive");
        }
        // the same bound as CallRecord.isVisibleAt: a record exactly at the end of its retention is still readable
        Instant cutoff = ports.clock().instant().minus(lookup.settings().callRecordRetention());
        return ports.transactions().inTransaction(() -> ports.callRecords().purgeStoredBefore(cutoff, limit));
    }
}
