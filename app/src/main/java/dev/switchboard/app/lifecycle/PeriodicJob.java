package dev.switchboard.app.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Runs one step of background work (the lifecycle engine, the retention purge) every {@code interval} on a thread of
 * its own, never a Netty event loop, and again at once while a step reports a full batch. The work it drives is
 * stored, so stopping loses nothing: the next start (of this instance or another) picks it up.
 */
public final class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration interval;
    private final int batchSize;
    private final Step step;
    private volatile boolean stopRequested;
    private ScheduledExecutorService executor;

    /** One batch of work that may end early, between items, once the job is asked to stop. */
    @FunctionalInterface
    public interface Step {
        /** Does at most a batch of items and says how many it did. */
        int run(BooleanSupplier stopRequested);
    }

    /**
     * @param step does one batch of at most {@code batchSize} items and says how many it did; a step in progress
     *             finishes when the job stops
     */
    public PeriodicJob(String name, Duration interval, int batchSize, IntSupplier step) {
        this(name, interval, batchSize, Objects.requireNonNull(step, "step"), null);
    }

    /** A job whose step checks, between items, whether the job is stopping, and ends its batch early if so. */
    public static PeriodicJob stoppable(String name, Duration interval, int batchSize, Step step) {
        return new PeriodicJob(name, interval, batchSize, null, Objects.requireNonNull(step, "step"));
    }

    private PeriodicJob(String name, Duration interval, int batchSize, IntSupplier plainStep, Step stoppableStep) {
        this.name = Objects.requireNonNull(name, "name");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(name + ": the batch size must be positive");
        }
        this.interval = interval;
        this.batchSize = batchSize;
        this.step = stoppableStep != null ? stoppableStep : stopRequested -> plainStep.getAsInt();
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        stopRequested = false;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "switchboard-" + name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            while (step.run(() -> stopRequested) >= batchSize && !stopRequested
                    && !Thread.currentThread().isInterrupted()) {
                // a full batch: there may be more due at once
            }
        } catch (RuntimeException failure) {
            // the database may be away for a moment; the work stays stored and the next tick tries again
            log.warn("{} failed; trying again in {}", name, interval, failure);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        stopRequested = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Starts after the data source and web server, stops before them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
