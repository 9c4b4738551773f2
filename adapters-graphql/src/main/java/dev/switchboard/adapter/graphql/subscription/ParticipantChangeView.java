package dev.switchboard.adapter.graphql.subscription;

import dev.switchboard.adapter.graphql.participant.ParticipantView;
import dev.switchboard.adapter.graphql.support.ChangeType;

/** The GraphQL type {@code ParticipantChange}: one change to a call's roster. */
public record ParticipantChangeView(ChangeType changeType, ParticipantView participant) {
}
