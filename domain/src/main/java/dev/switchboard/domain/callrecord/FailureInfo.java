package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Text;

/** Graph's {@code callRecords.failureInfo}: where and why a session or segment failed. */
public record FailureInfo(FailureStage stage, String reason) {

    public FailureInfo {
        Text.atMost(reason, Text.SHORT_MAX, "reason");
    }
}
