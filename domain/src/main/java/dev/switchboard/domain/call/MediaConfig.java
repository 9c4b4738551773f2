package dev.switchboard.domain.call;

import dev.switchboard.domain.common.Text;

import java.util.List;

/** Graph's {@code mediaConfig}: who hosts the call's media. Required when a call is created. */
public sealed interface MediaConfig permits MediaConfig.AppHosted, MediaConfig.ServiceHosted {

    /** {@code appHostedMediaConfig}: the bot hosts media; {@code blob} is its opaque media session configuration. */
    record AppHosted(String blob) implements MediaConfig {
        public AppHosted {
            Text.atMost(blob, Text.BLOB_MAX, "blob");
        }
    }

    /** {@code serviceHostedMediaConfig}: the service hosts media, optionally prefetching prompts. */
    record ServiceHosted(List<MediaInfo> preFetchMedia) implements MediaConfig {
        public ServiceHosted {
            preFetchMedia = preFetchMedia == null ? List.of() : List.copyOf(preFetchMedia);
        }
    }

    /** {@code mediaInfo}: a prompt to prefetch. */
    record MediaInfo(String uri, String resourceId) {
        public MediaInfo {
            Text.atMost(uri, Text.SHORT_MAX, "uri");
            Text.atMost(resourceId, Text.SHORT_MAX, "resourceId");
        }
    }
}
