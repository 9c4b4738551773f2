package dev.switchboard.application.port.paging;

import dev.switchboard.domain.error.InvalidInputException;

import java.util.Optional;

/**
 * Which page a client wants: how many items at most ({@code null} for the list's own page size) and after which
 * cursor. A size above the list's maximum is lowered to it, as Graph does with {@code odata.maxpagesize}.
 */
public record PageRequest(Integer size, Optional<Cursor> after) {

    public PageRequest {
        if (size != null && size < 1) {
            throw InvalidInputException.of("pageSize", "must be at least 1");
        }
        after = after == null ? Optional.empty() : after;
    }

    public static PageRequest first() {
        return new PageRequest(null, Optional.empty());
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty());
    }

    public PageRequest after(Cursor cursor) {
        return new PageRequest(size, Optional.of(cursor));
    }

    /** The size to serve for a list whose pages hold at most {@code maximum} items. */
    public int sizeWithin(int maximum) {
        return size == null ? maximum : Math.min(size, maximum);
    }
}
