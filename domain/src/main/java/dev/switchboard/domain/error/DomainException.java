package dev.switchboard.domain.error;

/**
 * The one exception family of the core. Adapters translate it by {@link #code()}; nothing else
 * about a failure needs to cross a port.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException,
                PreconditionFailedException, ForbiddenException, UnavailableException,
                ValidationFailedException, UnauthenticatedException {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    protected DomainException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
