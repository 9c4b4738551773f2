package dev.switchboard.domain.error;

/**
 * Every way the core can refuse a request. Each driving adapter maps this enum once, with an
 * exhaustive switch, so a new code cannot be forgotten.
 */
public enum ErrorCode {
    /** The request is malformed or names a value the rules forbid; the message names the field paths. */
    INVALID_INPUT,
    /** A party the service had to ask refused: a subscription's notification URL failed the validation handshake. */
    VALIDATION_FAILED,
    /** The resource does not exist, is not visible to the caller's tenant, or has expired. */
    NOT_FOUND,
    /** The request contradicts the resource's current state (a terminated call, a stale write, a lower version). */
    CONFLICT,
    /** An {@code If-Match} precondition did not hold. */
    PRECONDITION_FAILED,
    /** The caller did not prove who it is: no token, or one that is expired, forged or meant for another service. */
    UNAUTHENTICATED,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** A dependency of the service (the database) is out of reach; the client may retry later. */
    UNAVAILABLE
}
