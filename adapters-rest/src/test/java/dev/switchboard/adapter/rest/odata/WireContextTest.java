package dev.switchboard.adapter.rest.odata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.Modality;

import org.junit.jupiter.api.Test;

class WireContextTest {

    private final WireContext v1 = WireContext.of(ApiVersion.V1_0);
    private final WireContext beta = WireContext.of(ApiVersion.BETA);

    @Test
    void members_are_written_in_the_csdl_spelling() {
        assertThat(v1.name(OperationStatus.NOT_STARTED)).isEqualTo("NotStarted");
        assertThat(v1.name(Modality.VIDEO_BASED_SCREEN_SHARING)).isEqualTo("videoBasedScreenSharing");
    }

    @Test
    void beta_only_members_read_as_unknown_future_value_on_v1() {
        assertThat(v1.name(CallState.RINGING)).isEqualTo("unknownFutureValue");
        assertThat(beta.name(CallState.RINGING)).isEqualTo("ringing");
        assertThat(v1.name(Modality.UNKNOWN)).isEqualTo("unknownFutureValue");
        assertThat(beta.name(Modality.UNKNOWN)).isEqualTo("unknown");
    }

    @Test
    void evolvable_members_need_the_clients_preference() {
        assertThat(v1.name(ProductFamily.AZURE_COMMUNICATION_SERVICES)).isEqualTo("unknownFutureValue");
        assertThat(new WireContext(ApiVersion.V1_0, true).name(ProductFamily.AZURE_COMMUNICATION_SERVICES))
                .isEqualTo("azureCommunicationServices");
    }
}
