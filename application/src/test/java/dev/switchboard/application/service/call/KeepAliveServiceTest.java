package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.KeepAliveCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keeping a call alive ({@code POST …/keepAlive}). */
class KeepAliveServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    @Test
    void a_keep_alive_records_when_the_application_last_wanted_the_call() {
        Call call = given.aGroupCall();
        Instant later = given.clock().advance(Duration.ofMinutes(40));

        Call kept = core.keepAlive().keepAlive(new KeepAliveCommand(TENANT, call.id()));

        assertThat(kept.lastKeepAliveDateTime()).isEqualTo(later);
        assertThat(kept.version()).isGreaterThan(call.version());
        assertThat(kept.state()).isEqualTo(call.state());
        assertThat(kept.keepAliveExpired(later.plus(Call.KEEP_ALIVE_TIMEOUT))).isFalse();
        assertThat(given.read(call)).isEqualTo(kept);
    }

    @Test
    void a_terminated_call_cannot_be_kept_alive() {
        Call call = given.anEndedGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.keepAlive().keepAlive(new KeepAliveCommand(TENANT, call.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void another_tenant_cannot_keep_the_call_alive() {
        Call call = given.aGroupCall();

        assertThatThrownBy(() -> core.keepAlive().keepAlive(new KeepAliveCommand(OTHER_TENANT, call.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.reload(call)).isEqualTo(call);
    }
}
