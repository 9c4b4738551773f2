package dev.switchboard.archfixture.adapter.rest.call;

import dev.switchboard.archfixture.app.CoreWiring;

/** Breaks "adapters reach the core only through ports": the wiring ring is outside the adapters too. */
class ControllerThatKnowsTheWiring {

    private final CoreWiring wiring = new CoreWiring();

    String invite(String callId) {
        return wiring.invite().invite(callId);
    }
}
