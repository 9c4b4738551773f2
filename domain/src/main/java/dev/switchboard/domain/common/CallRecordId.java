package dev.switchboard.domain.common;

/** The key of a callRecord, unique within its tenant. */
public record CallRecordId(String value) {

    public CallRecordId {
        Identifiers.check(value, "id");
    }

    public static CallRecordId of(String value) {
        return new CallRecordId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
