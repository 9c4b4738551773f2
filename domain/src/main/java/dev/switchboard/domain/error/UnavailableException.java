package dev.switchboard.domain.error;

/** A dependency is out of reach. Outbound adapters throw it so that drivers can answer "try again later". */
public final class UnavailableException extends DomainException {

    public UnavailableException(String message, Throwable cause) {
        super(ErrorCode.UNAVAILABLE, message, cause);
    }
}
