package dev.switchboard.application.port.out;

/** Hands out new keys, so the core never calls {@code UUID.randomUUID()} itself and tests stay deterministic. */
public interface IdGenerator {

    /** A key not handed out before, such as a UUID in its canonical text form. */
    String newId();
}
