package dev.switchboard.adapter.graphql.operation;

import dev.switchboard.adapter.graphql.support.ETags;
import dev.switchboard.adapter.graphql.support.GraphValueViewMapper;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.UnmuteParticipantOperation;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Operations as the schema shows them: the interface {@code CommsOperation}, with the type of the operation's kind.
 * {@link #TYPE_NAMES} tells GraphQL (and the schema inspection) which type each view class is.
 */
@Component
public class OperationViews {

    /** Each view class with the GraphQL object type it stands for. */
    public static final Map<Class<?>, String> TYPE_NAMES = Map.of(
            InviteParticipantsOperationView.class, "InviteParticipantsOperation",
            MuteParticipantOperationView.class, "MuteParticipantOperation",
            UnmuteParticipantOperationView.class, "UnmuteParticipantOperation");

    private final GraphValueViewMapper values;

    public OperationViews(GraphValueViewMapper values) {
        this.values = values;
    }

    public CommsOperationView toView(CommsOperation operation) {
        String id = operation.id().value();
        String callId = operation.callId().value();
        String etag = ETags.of(operation.version());
        if (operation.kind() instanceof InviteParticipantsOperation invite) {
            return new InviteParticipantsOperationView(id, callId, etag, operation.status(), operation.clientContext(),
                    operation.resultInfo(), invite.participants().stream().map(values::invitee).toList());
        }
        if (operation.kind() instanceof MuteParticipantOperation) {
            return new MuteParticipantOperationView(id, callId, etag, operation.status(), operation.clientContext(),
                    operation.resultInfo());
        }
        if (operation.kind() instanceof UnmuteParticipantOperation) {
            return new UnmuteParticipantOperationView(id, callId, etag, operation.status(), operation.clientContext(),
                    operation.resultInfo());
        }
        throw new IllegalArgumentException("an operation kind the GraphQL schema does not know: " + operation.kind());
    }

    /** An operation the caller knows to be an invitation, such as the one {@code inviteParticipants} starts. */
    public InviteParticipantsOperationView invitation(CommsOperation operation) {
        return (InviteParticipantsOperationView) toView(operation);
    }

    /** An operation the caller knows to be a mute, such as the one {@code muteParticipant} starts. */
    public MuteParticipantOperationView mute(CommsOperation operation) {
        return (MuteParticipantOperationView) toView(operation);
    }
}
