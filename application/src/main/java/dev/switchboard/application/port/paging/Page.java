package dev.switchboard.application.port.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and, unless it is the last, the cursor of the next. */
public record Page<T>(List<T> items, Optional<Cursor> next) {

    public Page {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }

    /**
     * Cuts a page from {@code fetched}, which the caller read with a limit one above the page size: the extra row
     * only tells that another page exists.
     */
    public static <T> Page<T> of(List<T> fetched, int size, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= size) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, size);
        return new Page<>(items, Optional.of(cursorOf.apply(items.get(size - 1))));
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
