package dev.switchboard.application.port.in.lifecycle;

/**
 * Runs the lifecycle work that is due: establishing calls whose targets answer, operations that complete or fail.
 * A scheduler drives it; each timer's work is one transaction of its own.
 */
public interface RunDueLifecycleWorkUseCase {

    /**
     * Does the work of up to {@code limit} due timers.
     *
     * @return how many timers were done (claimed by someone else or failing ones are not counted)
     */
    int runDue(int limit);
}
