package dev.switchboard.domain.common;

/** The key of a operation, unique within its tenant and call. */
public record OperationId(String value) {

    public OperationId {
        Identifiers.check(value, "id");
    }

    public static OperationId of(String value) {
        return new OperationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
