package dev.switchboard.application.port.paging;

import dev.switchboard.domain.error.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque position in a keyset-paged list: clients get it back in {@code @odata.nextLink} ({@code $skiptoken}) or
 * as a GraphQL cursor and hand it back unchanged. It holds the sort key of the last item seen, never an offset, so
 * pages stay stable while rows are added; and it holds no tenant, because every query is already scoped by one.
 */
public record Cursor(String token) {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_TOKEN_LENGTH = 2_048;

    public Cursor {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw invalid();
        }
    }

    /** A cursor of the given kind (so that one list's token is refused by another) over the key parts. */
    public static Cursor of(String kind, String... keyParts) {
        String plain = kind + SEPARATOR + String.join(SEPARATOR, keyParts);
        return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The key parts, checked against the expected kind and count.
     *
     * @throws InvalidInputException when the token was not made by {@link #of} for this kind of list
     */
    public List<String> keyParts(String expectedKind, int expectedParts) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = Arrays.asList(plain.split(SEPARATOR, -1));
        if (parts.size() != expectedParts + 1 || !parts.get(0).equals(expectedKind)) {
            throw invalid();
        }
        return parts.subList(1, parts.size());
    }

    /** The error for a token this service never issued (or that was tampered with). */
    public static InvalidInputException invalid() {
        return InvalidInputException.of("$skiptoken", "is not a page token this list issued");
    }
}
