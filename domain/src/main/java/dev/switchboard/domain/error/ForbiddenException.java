package dev.switchboard.domain.error;

/** The caller is authenticated but not allowed to do this. */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
