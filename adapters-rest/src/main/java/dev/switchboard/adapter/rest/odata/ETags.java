package dev.switchboard.adapter.rest.odata;

import dev.switchboard.domain.common.ExpectedVersion;

import java.util.List;

/**
 * Strong entity tags made from an aggregate's version ({@code "7"}), and the {@code If-Match} header read back into
 * the core's {@link ExpectedVersion}.
 */
public final class ETags {

    /** Never a stored version: an {@code If-Match} that names no version of ours can never match. */
    private static final long NO_VERSION = -1;

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * {@code *} matches any existing resource; a tag we issued matches its version; anything else (a weak tag, a tag
     * we never issued) matches nothing, so the write answers {@code 412}.
     */
    public static ExpectedVersion expected(List<String> ifMatchHeaders) {
        if (ifMatchHeaders == null || ifMatchHeaders.isEmpty()) {
            return ExpectedVersion.none();
        }
        List<String> tags = ifMatchHeaders.stream()
                .flatMap(header -> java.util.Arrays.stream(header.split(",")))
                .map(String::trim)
                .filter(tag -> !tag.isEmpty())
                .toList();
        if (tags.contains("*")) {
            return ExpectedVersion.anyExisting();
        }
        return tags.stream().map(ETags::versionOf).filter(v -> v != NO_VERSION).findFirst()
                .map(ExpectedVersion::exactly)
                .orElse(ExpectedVersion.exactly(NO_VERSION));
    }

    private static long versionOf(String tag) {
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return NO_VERSION;
        }
        try {
            long version = Long.parseLong(tag.substring(1, tag.length() - 1));
            return version < 0 ? NO_VERSION : version;
        } catch (NumberFormatException e) {
            return NO_VERSION;
        }
    }
}
