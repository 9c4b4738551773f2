package dev.switchboard.domain.common;

import dev.switchboard.domain.error.InvalidInputException;

/** Length limits on free text, so no property can grow without bound. */
public final class Text {

    /** Graph's limit for {@code clientContext}. */
    public static final int CLIENT_CONTEXT_MAX = 256;
    /** Our limit on short names and labels. */
    public static final int SHORT_MAX = 1_024;
    /** Our limit on opaque blobs such as participant {@code metadata} and media configuration. */
    public static final int BLOB_MAX = 64 * 1_024;

    private Text() {
    }

    /**
     * Returns {@code value} when it is null, or at most {@code max} characters long without a NUL character (which
     * no database text column stores).
     */
    public static String atMost(String value, int max, String path) {
        if (value != null && value.length() > max) {
            throw InvalidInputException.of(path, "must be at most " + max + " characters");
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw InvalidInputException.of(path, "must not contain the NUL character");
        }
        return value;
    }
}
