package dev.switchboard.adapter.rest.odata;

/**
 * The URL templates every controller maps. Each resource is served under both API roots, {@code /v1.0} and
 * {@code /beta}; the deprecated beta roots are rewritten to these before routing.
 */
public final class GraphPaths {

    /** {@code /v1.0} or {@code /beta}. */
    public static final String VERSION = "/{version:v1\\.0|beta}";
    public static final String CALLS = VERSION + "/communications/calls";
    public static final String CALL = CALLS + "/{callId}";
    public static final String CALL_RECORDS = VERSION + "/communications/callRecords";
    public static final String CALL_RECORD = CALL_RECORDS + "/{callRecordId}";
    public static final String SUBSCRIPTIONS = VERSION + "/subscriptions";
    public static final String SUBSCRIPTION = SUBSCRIPTIONS + "/{subscriptionId}";

    private GraphPaths() {
    }
}
