package dev.switchboard.domain.error;

/**
 * A party the service had to ask before accepting the request refused it: a subscription's notification URL did not
 * answer the validation handshake. Graph reports this apart from malformed input, as {@code ValidationError}.
 */
public final class ValidationFailedException extends DomainException {

    public ValidationFailedException(String message) {
        super(ErrorCode.VALIDATION_FAILED, message);
    }
}
