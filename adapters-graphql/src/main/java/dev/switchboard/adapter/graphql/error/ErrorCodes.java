package dev.switchboard.adapter.graphql.error;

/**
 * The values of {@code errors[].extensions.code}: the codes Switchboard's REST API sends in its error envelope, so a
 * client sees one vocabulary over both. The schema's {@code ErrorCode} enum lists them for clients.
 */
public final class ErrorCodes {

    public static final String EXTENSION = "code";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String ITEM_NOT_FOUND = "itemNotFound";
    public static final String CONFLICT = "conflict";
    public static final String PRECONDITION_FAILED = "preconditionFailed";
    public static final String INVALID_AUTHENTICATION_TOKEN = "InvalidAuthenticationToken";
    public static final String FORBIDDEN = "Forbidden";
    public static final String SERVICE_NOT_AVAILABLE = "serviceNotAvailable";
    public static final String UNKNOWN_ERROR = "UnknownError";

    private ErrorCodes() {
    }
}
