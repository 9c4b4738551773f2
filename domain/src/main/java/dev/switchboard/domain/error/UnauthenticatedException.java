package dev.switchboard.domain.error;

/** The caller did not prove who it is: the request carried no valid token. */
public final class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String message) {
        super(ErrorCode.UNAUTHENTICATED, message);
    }
}
