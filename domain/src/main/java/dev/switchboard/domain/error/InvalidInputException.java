package dev.switchboard.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input. Carries every offending path at once, so a client can fix them in one go. */
public final class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(ErrorCode.INVALID_INPUT, describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String path, String message) {
        return new InvalidInputException(List.of(new FieldError(path, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
