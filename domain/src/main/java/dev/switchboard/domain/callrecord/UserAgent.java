package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Text;

/** Graph's abstract {@code callRecords.userAgent}: the software on an endpoint. */
public sealed interface UserAgent permits UserAgent.Client, UserAgent.Service {

    String headerValue();

    String applicationVersion();

    /** {@code callRecords.clientUserAgent}. */
    record Client(String headerValue, String applicationVersion, ClientPlatform platform, ProductFamily productFamily,
                  String azureADAppId, String communicationServiceId) implements UserAgent {
        public Client {
            Text.atMost(headerValue, Text.SHORT_MAX, "headerValue");
            Text.atMost(applicationVersion, Text.SHORT_MAX, "applicationVersion");
        }
    }

    /** {@code callRecords.serviceUserAgent}. */
    record Service(String headerValue, String applicationVersion, ServiceRole role) implements UserAgent {
        public Service {
            Text.atMost(headerValue, Text.SHORT_MAX, "headerValue");
            Text.atMost(applicationVersion, Text.SHORT_MAX, "applicationVersion");
        }
    }
}
