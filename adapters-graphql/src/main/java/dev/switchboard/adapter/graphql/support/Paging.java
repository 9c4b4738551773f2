package dev.switchboard.adapter.graphql.support;

import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.Violations;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Relay's {@code first}/{@code after} over the ports' keyset pages.
 *
 * <p>A {@code first} above the list's largest page is refused with a field error rather than quietly lowered (as the
 * REST API lowers {@code $top}): a GraphQL client states how many items it wants, and should learn at once that it
 * will not get them in one page.
 */
public final class Paging {

    /** The core names the REST query option in its cursor errors; GraphQL clients know the argument as {@code after}. */
    private static final String CORE_CURSOR_PATH = "$skiptoken";

    private Paging() {
    }

    /** @throws InvalidInputException naming {@code first} or {@code after} */
    public static PageRequest request(Integer first, String after, int maximum) {
        Violations violations = new Violations();
        violations.require(first == null || first >= 1, "first", "must be at least 1");
        violations.require(first == null || first <= maximum, "first",
                "must be at most " + maximum + ", the largest page this list serves");
        Optional<Cursor> cursor = Optional.empty();
        if (after != null) {
            try {
                cursor = Optional.of(new Cursor(after));
            } catch (InvalidInputException e) {
                violations.add("after", "is not a cursor this list issued");
            }
        }
        violations.throwIfAny();
        return new PageRequest(first, cursor);
    }

    /** Runs a list query, reporting a cursor the core refuses against {@code after}. */
    public static <T> Page<T> list(Supplier<Page<T>> query) {
        try {
            return query.get();
        } catch (InvalidInputException e) {
            List<FieldError> renamed = e.errors().stream()
                    .map(error -> error.path().equals(CORE_CURSOR_PATH)
                            ? new FieldError("after", "is not a cursor this list issued") : error)
                    .toList();
            throw new InvalidInputException(renamed);
        }
    }

    /** The page as a connection: each edge's cursor comes from the list's own {@code cursorOf}. */
    public static <T, V> Connection<V> connection(Page<T> page, Function<T, Cursor> cursorOf, Function<T, V> view) {
        List<Connection.Edge<V>> edges = page.items().stream()
                .map(item -> new Connection.Edge<>(view.apply(item), cursorOf.apply(item).token()))
                .toList();
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = page.next().map(Cursor::token)
                .orElse(edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, new Connection.PageInfo(page.next().isPresent(), false, start, end));
    }
}
