package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;

/** Graph's {@code callRecords.endpoint} family: one end of a session or segment. */
public sealed interface Endpoint permits Endpoint.Plain, Endpoint.OfParticipant, Endpoint.OfService {

    UserAgent userAgent();

    /** {@code callRecords.endpoint} itself. */
    record Plain(UserAgent userAgent) implements Endpoint {
    }

    /**
     * {@code callRecords.participantEndpoint}: a person's device. {@code identity} is deprecated in favour of
     * {@code associatedIdentity}; both are kept.
     */
    record OfParticipant(UserAgent userAgent, Identity associatedIdentity, IdentitySet identity, String name,
                         String cpuName, Integer cpuCoresCount, Integer cpuProcessorSpeedInMhz,
                         Feedback feedback) implements Endpoint {
        public OfParticipant {
            Text.atMost(name, Text.SHORT_MAX, "name");
            Text.atMost(cpuName, Text.SHORT_MAX, "cpuName");
        }
    }

    /** {@code callRecords.serviceEndpoint}: a service in the media path. */
    record OfService(UserAgent userAgent) implements Endpoint {
    }

    /** {@code callRecords.userFeedback}; {@code tokens} is Graph's open {@code feedbackTokenSet}. */
    record Feedback(UserFeedbackRating rating, String text, DynamicProperties tokens) {
        public Feedback {
            Text.atMost(text, Text.BLOB_MAX, "text");
            tokens = tokens == null ? DynamicProperties.none() : tokens;
        }
    }
}
