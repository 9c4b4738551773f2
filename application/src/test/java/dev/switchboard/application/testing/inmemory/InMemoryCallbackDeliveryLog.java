package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackDelivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@link CallbackDeliveryLog} in memory, for tests. */
public final class InMemoryCallbackDeliveryLog implements CallbackDeliveryLog {

    private static final Comparator<CallbackAttempt> LATEST_FIRST = Comparator
            .comparing(CallbackAttempt::attemptedAt).thenComparingInt(CallbackAttempt::number).reversed();

    private final Table<CallbackAttempt> attempts;

    /** A log with transactions of its own. */
    public InMemoryCallbackDeliveryLog() {
        this(new InMemoryTransactionRunner());
    }

    /** A log that commits and rolls back with the other stores of {@code transactions}. */
    public InMemoryCallbackDeliveryLog(InMemoryTransactionRunner transactions) {
        this.attempts = new Table<>(transactions, "callback attempt", attempt -> 1);
    }

    @Override
    public void record(CallbackAttempt attempt) {
        Key key = keyOf(attempt);
        if (attempts.find(key).isPresent()) {
            return;
        }
        attempts.insert(key, attempt);
        attempts.all(kept -> kept.tenantId().equals(attempt.tenantId())
                        && kept.notificationId().equals(attempt.notificationId())
                        && kept.number() <= attempt.number() - CallbackDelivery.KEPT_ATTEMPTS)
                .forEach(old -> attempts.remove(keyOf(old)));
    }

    @Override
    public List<CallbackAttempt> findLatest(TenantId tenantId, CallId callId, int limit) {
        return attempts.all(attempt -> attempt.tenantId().equals(tenantId) && attempt.callId().equals(callId))
                .stream().sorted(LATEST_FIRST).limit(limit).toList();
    }

    @Override
    public int purgeAttemptedBefore(Instant cutoff, int limit) {
        List<CallbackAttempt> old = attempts.all(attempt -> attempt.attemptedAt().isBefore(cutoff)).stream()
                .limit(limit).toList();
        old.forEach(attempt -> attempts.remove(keyOf(attempt)));
        return old.size();
    }

    private static Key keyOf(CallbackAttempt attempt) {
        return Key.of(attempt.tenantId().value(), attempt.notificationId(), "%010d".formatted(attempt.number()));
    }
}
