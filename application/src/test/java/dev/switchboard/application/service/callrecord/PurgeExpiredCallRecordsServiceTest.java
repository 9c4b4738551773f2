package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.call.Call;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.switchboard.application.service.ServiceTestSupport.aNewCallRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention purge deletes the records clients can no longer read, and only those. */
class PurgeExpiredCallRecordsServiceTest {

    private static final Duration RETENTION = CallRecord.DEFAULT_RETENTION;

    private final ServiceTestSupport given = new ServiceTestSupport();

    @Test
    void a_record_is_kept_to_the_end_of_its_retention_and_purged_after_it() {
        CallRecord record = given.aCallRecord(aNewCallRecord(given.clock().instant()));

        given.clock().advance(RETENTION);
        assertThat(given.core().purgeExpiredCallRecords().purgeExpired(100)).isZero();
        assertThat(stored(record)).isTrue();

        given.clock().advance(Duration.ofNanos(1_000));
        assertThat(given.core().purgeExpiredCallRecords().purgeExpired(100)).isEqualTo(1);
        assertThat(stored(record)).isFalse();
    }

    @Test
    void the_record_of_an_ended_call_is_purged_with_the_others() {
        Call call = given.anEndedGroupCall();
        given.aCallRecord(aNewCallRecord(given.clock().instant()));

        given.clock().advance(RETENTION.plusSeconds(1));

        assertThat(given.core().purgeExpiredCallRecords().purgeExpired(100)).isEqualTo(2);
        assertThat(given.store().callRecords().find(call.tenantId(),
                dev.switchboard.domain.common.CallRecordId.of(call.callChainId()))).isEmpty();
    }

    @Test
    void the_purge_takes_at_most_the_limit_at_a_time() {
        given.aCallRecord(aNewCallRecord(given.clock().instant()));
        given.aCallRecord(aNewCallRecord(given.clock().instant()));
        given.clock().advance(RETENTION.plusSeconds(1));

        assertThat(given.core().purgeExpiredCallRecords().purgeExpired(1)).isEqualTo(1);
        assertThat(given.core().purgeExpiredCallRecords().purgeExpired(1)).isEqualTo(1);
        assertThat(given.core().purgeExpiredCallRecords().purgeExpired(1)).isZero();
    }

    @Test
    void a_limit_below_one_is_refused() {
        assertThatThrownBy(() -> given.core().purgeExpiredCallRecords().purgeExpired(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private boolean stored(CallRecord record) {
        return given.store().callRecords().find(record.tenantId(), record.id()).isPresent();
    }
}
