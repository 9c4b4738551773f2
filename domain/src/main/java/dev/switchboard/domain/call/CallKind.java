package dev.switchboard.domain.call;

/**
 * Whether a call is between two parties or a group. Not a Graph property of {@code call}; it decides how many
 * invitees a request may carry and becomes the call record's {@code type}.
 */
public enum CallKind {
    PEER_TO_PEER,
    GROUP
}
