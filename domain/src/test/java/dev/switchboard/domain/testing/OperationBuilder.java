package dev.switchboard.domain.testing;

import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.OperationKind;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.testing.TestData.CALL_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.anInvitee;

/** Builds a stored {@link CommsOperation}; by default a running invitation of Bob, started at {@link TestData#T0}. */
public final class OperationBuilder {

    private String id = "op-1";
    private long version;
    private OperationKind kind = new InviteParticipantsOperation(List.of(anInvitee("bob")));
    private OperationStatus status = OperationStatus.RUNNING;
    private String clientContext = "ctx-1";
    private ResultInfo resultInfo;
    private Instant createdDateTime = T0;
    private Instant lastModifiedDateTime = T0;

    private OperationBuilder() {
    }

    public static OperationBuilder anOperation() {
        return new OperationBuilder();
    }

    public OperationBuilder withId(String value) {
        id = value;
        return this;
    }

    public OperationBuilder withVersion(long value) {
        version = value;
        return this;
    }

    public OperationBuilder ofKind(OperationKind value) {
        kind = value;
        return this;
    }

    public OperationBuilder inviting(InvitationParticipantInfo... invitees) {
        return ofKind(new InviteParticipantsOperation(List.of(invitees)));
    }

    public OperationBuilder muting(String participantId) {
        return ofKind(new MuteParticipantOperation(ParticipantId.of(participantId)));
    }

    public OperationBuilder withStatus(OperationStatus value) {
        status = value;
        return this;
    }

    public OperationBuilder withClientContext(String value) {
        clientContext = value;
        return this;
    }

    public OperationBuilder withResultInfo(ResultInfo value) {
        resultInfo = value;
        return this;
    }

    public OperationBuilder createdAt(Instant value) {
        createdDateTime = value;
        if (lastModifiedDateTime.isBefore(value)) {
            lastModifiedDateTime = value;
        }
        return this;
    }

    public OperationBuilder lastModifiedAt(Instant value) {
        lastModifiedDateTime = value;
        return this;
    }

    public CommsOperation build() {
        return new CommsOperation(TENANT, CALL_ID, OperationId.of(id), version, kind, status, clientContext, resultInfo,
                createdDateTime, lastModifiedDateTime);
    }
}
