package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.SubscriptionValidator;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link SubscriptionValidator} whose receivers confirm, or not, as a test tells it; it remembers who it asked. */
public final class ScriptedSubscriptionValidator implements SubscriptionValidator {

    private volatile boolean confirming = true;
    private final List<URI> asked = new CopyOnWriteArrayList<>();

    /** From now on, every receiver echoes the token ({@code true}, the default) or fails the handshake. */
    public void receiversConfirm(boolean confirm) {
        this.confirming = confirm;
    }

    public List<URI> asked() {
        return List.copyOf(asked);
    }

    @Override
    public boolean confirms(URI notificationUrl, String validationToken) {
        asked.add(notificationUrl);
        return confirming;
    }
}
