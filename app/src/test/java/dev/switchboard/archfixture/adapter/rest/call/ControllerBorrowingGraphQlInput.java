package dev.switchboard.archfixture.adapter.rest.call;

import dev.switchboard.archfixture.adapter.graphql.call.InviteParticipantsInput;

/** Breaks "adapters do not depend on each other": REST reuses a GraphQL type. */
class ControllerBorrowingGraphQlInput {

    String invite(InviteParticipantsInput input) {
        return input.callId();
    }
}
