package dev.switchboard.domain.common;

/** The key of a call, unique within its tenant. */
public record CallId(String value) {

    public CallId {
        Identifiers.check(value, "id");
    }

    public static CallId of(String value) {
        return new CallId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
