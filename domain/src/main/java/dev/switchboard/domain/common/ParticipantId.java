package dev.switchboard.domain.common;

/** The key of a participant, unique within its tenant and call. */
public record ParticipantId(String value) {

    public ParticipantId {
        Identifiers.check(value, "id");
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
