package dev.switchboard.archfixture.application.port.out;

import dev.switchboard.archfixture.adapter.persistence.call.CallRow;
import java.util.Optional;

/** Breaks "the application depends on nothing but the domain and the JDK": a port shaped by its adapter. */
public interface CallRepositoryLeakingRows {

    Optional<CallRow> findById(String callId);
}
