package dev.switchboard.adapter.graphql.support;

import java.util.List;

/** A Relay connection: one page of a list, each item with the cursor just after it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public Connection {
        edges = List.copyOf(edges);
    }

    public record Edge<T>(T node, String cursor) {
    }

    /** Lists page forward only, so there is never a previous page to offer. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
