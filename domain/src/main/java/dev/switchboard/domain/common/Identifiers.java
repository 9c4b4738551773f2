package dev.switchboard.domain.common;

import dev.switchboard.domain.error.InvalidInputException;

/** The rule every key follows: present, not blank, at most 256 characters, no control characters. */
public final class Identifiers {

    public static final int MAX_LENGTH = 256;

    private Identifiers() {
    }

    public static void check(String value, String path) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(path, "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInputException.of(path, "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of(path, "must not contain control characters");
        }
    }
}
