package dev.switchboard.domain.error;

/** The request contradicts the current state: a terminated call, a concurrent write, a version that does not rise. */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(ErrorCode.CONFLICT, message);
    }
}
