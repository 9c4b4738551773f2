package dev.switchboard.adapter.rest.odata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * OData's system query options. Clients may leave out the {@code $} ({@code filter=} works as on Graph's beta) and
 * write them in any casing; every other query parameter is a custom option and is ignored.
 */
public enum QueryOption {
    SELECT, EXPAND, FILTER, ORDERBY, TOP, SKIP, COUNT, SEARCH, SKIPTOKEN, FORMAT, DELTATOKEN, APPLY, COMPUTE, LEVELS;

    /** The option as clients usually write it, e.g. {@code $filter}. */
    public String wireName() {
        return "$" + name().toLowerCase(Locale.ROOT);
    }

    /** The option a query parameter names, if it names one. */
    static Optional<QueryOption> ofParameter(String parameter) {
        String bare = parameter.startsWith("$") ? parameter.substring(1) : parameter;
        return Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(bare)).findFirst();
    }
}
