package dev.switchboard.adapter.rest.support;

/** Graph's {@code resultInfo}; {@code code} and {@code subcode} are JSON numbers. */
public record ResultInfoJson(int code, int subcode, String message) {
}
