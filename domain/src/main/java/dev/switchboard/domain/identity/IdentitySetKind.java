package dev.switchboard.domain.identity;

/** Which Graph type an {@link IdentitySet} is emitted as. */
public enum IdentitySetKind {
    /** {@code microsoft.graph.identitySet} */
    PLAIN,
    /** {@code microsoft.graph.communicationsIdentitySet} */
    COMMUNICATIONS
}
