package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.ExpectedVersion;

/**
 * Strong entity tags made from an aggregate's version ({@code "7"}, quotes included, as the REST API's
 * {@code @odata.etag}), and an input's {@code ifMatch} read back into the core's {@link ExpectedVersion}.
 */
public final class ETags {

    /** Never a stored version: an {@code ifMatch} that names no version of ours can never match. */
    private static final long NO_VERSION = -1;

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Left out, no precondition; {@code *}, any existing resource; a tag we issued, its version. Anything else names
     * no version of ours, so the write is refused as a failed precondition.
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null) {
            return ExpectedVersion.none();
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ExpectedVersion.anyExisting();
        }
        return ExpectedVersion.exactly(versionOf(tag));
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
