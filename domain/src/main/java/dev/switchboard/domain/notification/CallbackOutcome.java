package dev.switchboard.domain.notification;

/** What one attempt to deliver a callback notification came to. */
public enum CallbackOutcome {

    /** The receiver answered 2xx: the notification arrived and is not sent again. */
    DELIVERED,

    /** No 2xx (another status, a refused connection, a timeout): the notification will be tried again later. */
    RETRYING,

    /** No 2xx, and the notification is past its delivery window: it is dropped and never sent again. */
    GIVEN_UP;

    /** Whether nothing follows an attempt with this outcome. */
    public boolean isFinal() {
        return this != RETRYING;
    }
}
