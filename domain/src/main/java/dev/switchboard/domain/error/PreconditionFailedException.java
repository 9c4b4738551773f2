package dev.switchboard.domain.error;

/** The client's {@code If-Match} no longer describes the stored resource. */
public final class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String message) {
        super(ErrorCode.PRECONDITION_FAILED, message);
    }
}
